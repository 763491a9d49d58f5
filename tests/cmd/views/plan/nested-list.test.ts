import { describe, expect, it } from "vitest";
import { DynamicPseudoType, listOf, StringType } from "../../../../lang/types/type.js";
import { Value } from "../../../../lang/values/value.js";
import { nullS, obj, s, testSchema } from "./build.js";
import { DISKS, RBD, RBD_PLUS, disk, instance, list, rbd, renderRow, type Row } from "./nested-cases.js";

// Lists of nested attributes and of blocks, from Terraform's TestResourceChange_nestedList: one row per
// case, with the text Terraform renders for it.

const ROWS: Row[] = [
  {
    name: "list: in-place update, blocks equal",
    spec: { action: "update", before: instance("ami-BEFORE", list([disk(s("/var/diska"), s("50GB"))]), list([rbd(s("gp2"))], RBD)), after: instance("ami-AFTER", list([disk(s("/var/diska"), s("50GB"))]), list([rbd(s("gp2"))], RBD)) },
    schema: testSchema("list"),
    expected: `  # test_instance.example will be updated in-place
  ~ resource "test_instance" "example" {
      ~ ami   = "ami-BEFORE" -> "ami-AFTER"
        id    = "i-02ae66f368e8518a9"
        # (1 unchanged attribute hidden)

        # (1 unchanged block hidden)
    }`,
  },
  {
    name: "list: in-place update, creation",
    spec: { action: "update", before: instance("ami-BEFORE", list([]), list([], RBD)), after: instance("ami-AFTER", list([disk(s("/var/diska"), s("50GB"))]), list([rbd(nullS)], RBD)) },
    schema: testSchema("list"),
    expected: `  # test_instance.example will be updated in-place
  ~ resource "test_instance" "example" {
      ~ ami   = "ami-BEFORE" -> "ami-AFTER"
      ~ disks = [
          + {
              + mount_point = "/var/diska"
              + size        = "50GB"
            },
        ]
        id    = "i-02ae66f368e8518a9"

      + root_block_device {}
    }`,
  },
  {
    name: "list: in-place update, insertion",
    spec: {
      action: "update",
      before: instance("ami-BEFORE", list([disk(s("/var/diska"), nullS), disk(s("/var/diskb"), s("50GB"))]), list([rbd(s("gp2"), nullS)], RBD_PLUS)),
      after: instance("ami-AFTER", list([disk(s("/var/diska"), s("50GB")), disk(s("/var/diskb"), s("50GB"))]), list([rbd(s("gp2"), s("new_value"))], RBD_PLUS)),
    },
    schema: testSchema("list", true),
    expected: `  # test_instance.example will be updated in-place
  ~ resource "test_instance" "example" {
      ~ ami   = "ami-BEFORE" -> "ami-AFTER"
      ~ disks = [
          ~ {
              + size        = "50GB"
                # (1 unchanged attribute hidden)
            },
            # (1 unchanged element hidden)
        ]
        id    = "i-02ae66f368e8518a9"

      ~ root_block_device {
          + new_field   = "new_value"
            # (1 unchanged attribute hidden)
        }
    }`,
  },
  {
    name: "list: force-new update inside blocks",
    spec: {
      action: "delete-then-create",
      reason: "replace-because-cannot-update",
      before: instance("ami-BEFORE", list([disk(s("/var/diska"), s("50GB"))]), list([rbd(s("gp2"))], RBD)),
      after: instance("ami-AFTER", list([disk(s("/var/diskb"), s("50GB"))]), list([rbd(s("different"))], RBD)),
      requiredReplace: [
        [{ attr: "root_block_device" }, { index: 0 }, { attr: "volume_type" }],
        [{ attr: "disks" }, { index: 0 }, { attr: "mount_point" }],
      ],
    },
    schema: testSchema("list"),
    expected: `  # test_instance.example must be replaced
-/+ resource "test_instance" "example" {
      ~ ami   = "ami-BEFORE" -> "ami-AFTER"
      ~ disks = [
          ~ {
              ~ mount_point = "/var/diska" -> "/var/diskb" # forces replacement
                # (1 unchanged attribute hidden)
            },
        ]
        id    = "i-02ae66f368e8518a9"

      ~ root_block_device {
          ~ volume_type = "gp2" -> "different" # forces replacement
        }
    }`,
  },
  {
    name: "list: force-new update of whole blocks",
    spec: {
      action: "delete-then-create",
      reason: "replace-because-cannot-update",
      before: instance("ami-BEFORE", list([disk(s("/var/diska"), s("50GB"))]), list([rbd(s("gp2"))], RBD)),
      after: instance("ami-AFTER", list([disk(s("/var/diskb"), s("50GB"))]), list([rbd(s("different"))], RBD)),
      requiredReplace: [[{ attr: "root_block_device" }], [{ attr: "disks" }]],
    },
    schema: testSchema("list"),
    expected: `  # test_instance.example must be replaced
-/+ resource "test_instance" "example" {
      ~ ami   = "ami-BEFORE" -> "ami-AFTER"
      ~ disks = [ # forces replacement
          ~ {
              ~ mount_point = "/var/diska" -> "/var/diskb"
                # (1 unchanged attribute hidden)
            },
        ]
        id    = "i-02ae66f368e8518a9"

      ~ root_block_device { # forces replacement
          ~ volume_type = "gp2" -> "different"
        }
    }`,
  },
  {
    name: "list: in-place update, deletion",
    spec: { action: "update", before: instance("ami-BEFORE", list([disk(s("/var/diska"), s("50GB"))]), list([rbd(s("gp2"))], RBD)), after: instance("ami-AFTER", list([]), list([], RBD)) },
    schema: testSchema("list"),
    expected: `  # test_instance.example will be updated in-place
  ~ resource "test_instance" "example" {
      ~ ami   = "ami-BEFORE" -> "ami-AFTER"
      ~ disks = [
          - {
              - mount_point = "/var/diska" -> null
              - size        = "50GB" -> null
            },
        ]
        id    = "i-02ae66f368e8518a9"

      - root_block_device {
          - volume_type = "gp2" -> null
        }
    }`,
  },
  {
    name: "list: blocks with a dynamically-typed attribute",
    spec: { action: "update", before: obj({ block: Value.tuple([]) }), after: obj({ block: Value.tuple([obj({ attr: s("foo") }), obj({ attr: Value.bool(true) })]) }) },
    schema: { attributes: {}, blocks: { block: { nesting: "list", block: { attributes: { attr: { type: DynamicPseudoType, optional: true } } } } } },
    expected: `  # test_instance.example will be updated in-place
  ~ resource "test_instance" "example" {
      + block {
          + attr = "foo"
        }
      + block {
          + attr = true
        }
    }`,
  },
  {
    name: "list: blocks updated in sequence",
    spec: { action: "update", before: obj({ list: Value.list([obj({ attr: s("x") }), obj({ attr: s("y") })]) }), after: obj({ list: Value.list([obj({ attr: s("y") }), obj({ attr: s("z") })]) }) },
    schema: { attributes: {}, blocks: { list: { nesting: "list", block: { attributes: { attr: { type: StringType, required: true } } } } } },
    expected: `  # test_instance.example will be updated in-place
  ~ resource "test_instance" "example" {
      ~ list {
          ~ attr = "x" -> "y"
        }
      ~ list {
          ~ attr = "y" -> "z"
        }
    }`,
  },
  {
    name: "list: nested attribute becomes unknown",
    spec: {
      action: "update",
      before: instance("ami-BEFORE", list([disk(s("/var/diska"), s("50GB"))]), list([rbd(s("gp2"), s("new_value"))], RBD_PLUS)),
      after: instance("ami-AFTER", Value.unknown(listOf(DISKS)), list([rbd(s("gp2"), s("new_value"))], RBD_PLUS)),
    },
    schema: testSchema("list", true),
    expected: `  # test_instance.example will be updated in-place
  ~ resource "test_instance" "example" {
      ~ ami   = "ami-BEFORE" -> "ami-AFTER"
      ~ disks = [
          - {
              - mount_point = "/var/diska" -> null
              - size        = "50GB" -> null
            },
        ] -> (known after apply)
        id    = "i-02ae66f368e8518a9"

        # (1 unchanged block hidden)
    }`,
  },
];

describe("nested attributes and blocks in lists", () => {
  it.each(ROWS)("$name", (row) => {
    expect(renderRow(row)).toBe(row.expected);
  });
});
