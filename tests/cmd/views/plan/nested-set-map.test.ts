import { describe, expect, it } from "vitest";
import { objectOf, setOf, StringType } from "../../../../lang/types/type.js";
import { Value } from "../../../../lang/values/value.js";
import { nullS, obj, s, testSchema } from "./build.js";
import { DISKS, ID, RBD, RBD_PLUS, disk, instance, mapInstance, rbd, renderRow, set, type Row } from "./nested-cases.js";

// Sets and maps of nested attributes and of blocks, from Terraform's TestResourceChange_nestedSet
// and _nestedMap: one row per case, with the text Terraform renders for it.

const ROWS: Row[] = [
  {
    name: "set: creation from null, sensitive set",
    spec: {
      action: "create",
      before: Value.null(objectOf({ id: StringType, ami: StringType, disks: setOf(DISKS), root_block_device: setOf(RBD) })),
      after: instance("ami-AFTER", set([disk(s("/var/diska"), nullS)]), set([rbd(s("gp2"))], RBD)),
      afterSensitive: [[{ attr: "disks" }]],
    },
    schema: testSchema("set"),
    expected: `  # test_instance.example will be created
  + resource "test_instance" "example" {
      + ami   = "ami-AFTER"
      + disks = (sensitive value)
      + id    = "i-02ae66f368e8518a9"

      + root_block_device {
          + volume_type = "gp2"
        }
    }`,
  },
  {
    name: "set: in-place update marking a set sensitive",
    spec: {
      action: "update",
      before: instance("ami-BEFORE", set([disk(s("/var/diska"), s("50GB"))]), set([], RBD)),
      after: instance("ami-AFTER", set([disk(s("/var/diska"), s("50GB"))]), set([], RBD)),
      afterSensitive: [[{ attr: "disks" }]],
    },
    schema: testSchema("set"),
    expected: `  # test_instance.example will be updated in-place
  ~ resource "test_instance" "example" {
      ~ ami   = "ami-BEFORE" -> "ami-AFTER"
      # Warning: this attribute value will be marked as sensitive and will not
      # display in UI output after applying this change. The value is unchanged.
      ~ disks = (sensitive value)
        id    = "i-02ae66f368e8518a9"
    }`,
  },
  {
    name: "set: in-place update, insertion",
    spec: {
      action: "update",
      before: instance("ami-BEFORE", set([disk(s("/var/diska"), nullS), disk(s("/var/diskb"), s("100GB"))]), set([rbd(s("gp2"), nullS)], RBD_PLUS)),
      after: instance("ami-AFTER", set([disk(s("/var/diska"), s("50GB")), disk(s("/var/diskb"), s("100GB"))]), set([rbd(s("gp2"), s("new_value"))], RBD_PLUS)),
    },
    schema: testSchema("set", true),
    expected: `  # test_instance.example will be updated in-place
  ~ resource "test_instance" "example" {
      ~ ami   = "ami-BEFORE" -> "ami-AFTER"
      ~ disks = [
          - {
              - mount_point = "/var/diska" -> null
            },
          + {
              + mount_point = "/var/diska"
              + size        = "50GB"
            },
            # (1 unchanged element hidden)
        ]
        id    = "i-02ae66f368e8518a9"

      - root_block_device {
          - volume_type = "gp2" -> null
        }
      + root_block_device {
          + new_field   = "new_value"
          + volume_type = "gp2"
        }
    }`,
  },
  {
    name: "set: force-new update of whole blocks",
    spec: {
      action: "delete-then-create",
      reason: "replace-because-cannot-update",
      before: instance("ami-BEFORE", set([disk(s("/var/diska"), s("50GB"))]), set([rbd(s("gp2"))], RBD)),
      after: instance("ami-AFTER", set([disk(s("/var/diskb"), s("50GB"))]), set([rbd(s("different"))], RBD)),
      requiredReplace: [[{ attr: "root_block_device" }], [{ attr: "disks" }]],
    },
    schema: testSchema("set"),
    expected: `  # test_instance.example must be replaced
-/+ resource "test_instance" "example" {
      ~ ami   = "ami-BEFORE" -> "ami-AFTER"
      ~ disks = [
          - { # forces replacement
              - mount_point = "/var/diska" -> null
              - size        = "50GB" -> null
            },
          + { # forces replacement
              + mount_point = "/var/diskb"
              + size        = "50GB"
            },
        ]
        id    = "i-02ae66f368e8518a9"

      - root_block_device { # forces replacement
          - volume_type = "gp2" -> null
        }
      + root_block_device { # forces replacement
          + volume_type = "different"
        }
    }`,
  },
  {
    name: "set: null to empty nested set",
    spec: {
      action: "update",
      before: instance("ami-BEFORE", Value.null(setOf(DISKS)), set([], RBD)),
      after: instance("ami-AFTER", set([]), set([], RBD)),
    },
    schema: testSchema("set"),
    expected: `  # test_instance.example will be updated in-place
  ~ resource "test_instance" "example" {
      ~ ami   = "ami-BEFORE" -> "ami-AFTER"
      + disks = []
        id    = "i-02ae66f368e8518a9"
    }`,
  },
  {
    name: "map: multiple unchanged blocks",
    spec: { action: "update", before: mapInstance("ami-BEFORE", "gp2", "gp2"), after: mapInstance("ami-AFTER", "gp2", "gp2") },
    schema: testSchema("map"),
    expected: `  # test_instance.example will be updated in-place
  ~ resource "test_instance" "example" {
      ~ ami   = "ami-BEFORE" -> "ami-AFTER"
        id    = "i-02ae66f368e8518a9"
        # (1 unchanged attribute hidden)

        # (2 unchanged blocks hidden)
    }`,
  },
  {
    name: "map: second block changed",
    spec: { action: "update", before: mapInstance("ami-BEFORE", "gp2", "gp2"), after: mapInstance("ami-AFTER", "gp2", "gp3") },
    schema: testSchema("map"),
    expected: `  # test_instance.example will be updated in-place
  ~ resource "test_instance" "example" {
      ~ ami   = "ami-BEFORE" -> "ami-AFTER"
        id    = "i-02ae66f368e8518a9"
        # (1 unchanged attribute hidden)

      ~ root_block_device "b" {
          ~ volume_type = "gp2" -> "gp3"
        }

        # (1 unchanged block hidden)
    }`,
  },
  {
    name: "map: both blocks changed",
    spec: { action: "update", before: mapInstance("ami-BEFORE", "gp2", "gp2"), after: mapInstance("ami-AFTER", "gp3", "gp3") },
    schema: testSchema("map"),
    expected: `  # test_instance.example will be updated in-place
  ~ resource "test_instance" "example" {
      ~ ami   = "ami-BEFORE" -> "ami-AFTER"
        id    = "i-02ae66f368e8518a9"
        # (1 unchanged attribute hidden)

      ~ root_block_device "a" {
          ~ volume_type = "gp2" -> "gp3"
        }
      ~ root_block_device "b" {
          ~ volume_type = "gp2" -> "gp3"
        }
    }`,
  },
  {
    name: "map: sensitive attribute of a new nested map element",
    spec: {
      action: "update",
      before: obj({ id: ID, ami: s("ami-BEFORE"), disks: Value.map({}, DISKS), root_block_device: Value.map({ a: rbd(s("gp2"), s("new_value")) }) }),
      after: obj({ id: ID, ami: s("ami-AFTER"), disks: Value.map({ disk_a: disk(s("/var/diska"), s("50GB")) }), root_block_device: Value.map({ a: rbd(s("gp2"), s("new_value")) }) }),
      afterSensitive: [[{ attr: "disks" }, { key: "disk_a" }, { attr: "mount_point" }]],
    },
    schema: testSchema("map", true),
    expected: `  # test_instance.example will be updated in-place
  ~ resource "test_instance" "example" {
      ~ ami   = "ami-BEFORE" -> "ami-AFTER"
      ~ disks = {
          + "disk_a" = {
              + mount_point = (sensitive value)
              + size        = "50GB"
            },
        }
        id    = "i-02ae66f368e8518a9"

        # (1 unchanged block hidden)
    }`,
  },
];

describe("nested attributes and blocks in sets and maps", () => {
  it.each(ROWS)("$name", (row) => {
    expect(renderRow(row)).toBe(row.expected);
  });
});
