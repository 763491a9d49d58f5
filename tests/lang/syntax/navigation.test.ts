import { describe, expect, it } from "vitest";
import { contextString } from "../../../lang/syntax/navigation.js";
import { parseConfig } from "../../../lang/syntax/parse.js";

const src = `locals {
  a = 1
}

resource "terraform_data" "x" {
  lifecycle {
    precondition {
      condition     = true
      error_message = "x"
    }
  }
}
`;

describe("contextString", () => {
  const { file } = parseConfig(src, "main.tf");
  it.each([
    [src.indexOf("a = 1"), "locals"],
    [src.indexOf("condition"), 'resource "terraform_data" "x"'],
    [src.indexOf("\n\nresource"), undefined],
  ])("offset %i → %s", (offset, want) => {
    expect(contextString(file, offset)).toBe(want);
  });
});
