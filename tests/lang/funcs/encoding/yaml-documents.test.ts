import { describe, expect, it } from "vitest";
import { callFunction } from "../../../../lang/funcs/call.js";
import { encodingFunctions } from "../../../../lang/funcs/encoding/index.js";
import type { Value } from "../../../../lang/values/value.js";
import { js } from "../../../helpers/values.js";

// Whole documents of the kind people feed yamldecode (a Kubernetes manifest, a compose file with
// anchors and merge keys, assorted scalar styles), checked against Terraform 1.11.4's
// jsonencode(yamldecode(...)) and yamlencode(yamldecode(...)) output.

function call(fn: string, arg: unknown): Value {
  const o = callFunction(fn, encodingFunctions.get(fn)!, [js(arg)], { baseDir: "." });
  if ("failure" in o) throw new Error(o.failure.message);
  return o.value;
}

const DOCS: [string, string, string][] = [
  ["kubernetes deployment", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: my-app\n  labels: {app: my-app, tier: \"backend\"}\n  annotations:\n    description: >\n      A long folded\n      description text.\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: my-app\n  template:\n    metadata:\n      labels:\n        app: my-app\n    spec:\n      containers:\n        - name: app\n          image: \"nginx:1.25\"\n          ports:\n            - containerPort: 80\n              protocol: TCP\n          env:\n            - {name: A, value: \"1\"}\n            - name: B\n              value: |\n                multi\n                line\n          args: [\"--flag\", --other, 42, 3.14, yes, ~]\n          resources:\n            limits: {cpu: 500m, memory: 128Mi}\n", "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"annotations\":{\"description\":\"A long folded description text.\\n\"},\"labels\":{\"app\":\"my-app\",\"tier\":\"backend\"},\"name\":\"my-app\"},\"spec\":{\"replicas\":3,\"selector\":{\"matchLabels\":{\"app\":\"my-app\"}},\"template\":{\"metadata\":{\"labels\":{\"app\":\"my-app\"}},\"spec\":{\"containers\":[{\"args\":[\"--flag\",\"--other\",42,3.14,true,null],\"env\":[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"B\",\"value\":\"multi\\nline\\n\"}],\"image\":\"nginx:1.25\",\"name\":\"app\",\"ports\":[{\"containerPort\":80,\"protocol\":\"TCP\"}],\"resources\":{\"limits\":{\"cpu\":\"500m\",\"memory\":\"128Mi\"}}}]}}}}"],
  ["compose file with anchors and merge keys", "version: '3.8'\nx-common: &common\n  restart: always\n  logging:\n    driver: json-file\nservices:\n  web:\n    <<: *common\n    image: web:latest\n    ports:\n      - \"80:80\"\n      - 443:443\n    depends_on: [db]\n  db:\n    <<: *common\n    image: postgres:15   # comment\n    environment:\n      POSTGRES_PASSWORD: 'p@ss: word'\n      EMPTY:\n      TIME: 12:30\n      DATE: 2024-01-02\n      OCT: 0755\n      HEX: 0xff\n      NEG: -1.5e3\n      ON: on\n", "{\"services\":{\"db\":{\"environment\":{\"DATE\":\"2024-01-02T00:00:00Z\",\"EMPTY\":null,\"HEX\":255,\"NEG\":-1500,\"OCT\":755,\"POSTGRES_PASSWORD\":\"p@ss: word\",\"TIME\":\"12:30\",\"true\":true},\"image\":\"postgres:15\",\"logging\":{\"driver\":\"json-file\"},\"restart\":\"always\"},\"web\":{\"depends_on\":[\"db\"],\"image\":\"web:latest\",\"logging\":{\"driver\":\"json-file\"},\"ports\":[\"80:80\",\"443:443\"],\"restart\":\"always\"}},\"version\":\"3.8\",\"x-common\":{\"logging\":{\"driver\":\"json-file\"},\"restart\":\"always\"}}"],
  ["assorted scalar and collection styles", "? complex key\n: complex value\n\"quoted key\": 'single ''with'' quote'\nplain: text with # not comment\nlist:\n- a\n-   - nested\n    - deeper\n- key: v\n  other: w\nfolded: >-\n\n  leading blank\n\n  para\nliteral: |2\n   indented\n  normal\nescapes: \"\\t\\u263A\\x41\\\\\"\nmulti_plain: first\n  second\n  third\n", "{\"complex key\":\"complex value\",\"escapes\":\"\\t☺A\\\\\",\"folded\":\"\\nleading blank\\npara\",\"list\":[\"a\",[\"nested\",\"deeper\"],{\"key\":\"v\",\"other\":\"w\"}],\"literal\":\" indented\\nnormal\\n\",\"multi_plain\":\"first second third\",\"plain\":\"text with\",\"quoted key\":\"single 'with' quote\"}"],
];

const K8S_YAML = "\"apiVersion\": \"apps/v1\"\n\"kind\": \"Deployment\"\n\"metadata\":\n  \"annotations\":\n    \"description\": |\n      A long folded description text.\n  \"labels\":\n    \"app\": \"my-app\"\n    \"tier\": \"backend\"\n  \"name\": \"my-app\"\n\"spec\":\n  \"replicas\": 3\n  \"selector\":\n    \"matchLabels\":\n      \"app\": \"my-app\"\n  \"template\":\n    \"metadata\":\n      \"labels\":\n        \"app\": \"my-app\"\n    \"spec\":\n      \"containers\":\n      - \"args\":\n        - \"--flag\"\n        - \"--other\"\n        - 42\n        - 3.14\n        - true\n        - null\n        \"env\":\n        - \"name\": \"A\"\n          \"value\": \"1\"\n        - \"name\": \"B\"\n          \"value\": |\n            multi\n            line\n        \"image\": \"nginx:1.25\"\n        \"name\": \"app\"\n        \"ports\":\n        - \"containerPort\": 80\n          \"protocol\": \"TCP\"\n        \"resources\":\n          \"limits\":\n            \"cpu\": \"500m\"\n            \"memory\": \"128Mi\"\n";

describe("realistic YAML documents", () => {
  it.each(DOCS)("%s", (_name, src, json) => {
    expect(call("jsonencode", call("yamldecode", src)).asString()).toBe(json);
  });

  it("re-encodes the Kubernetes manifest as Terraform does", () => {
    expect(call("yamlencode", call("yamldecode", DOCS[0]![1])).asString()).toBe(K8S_YAML);
  });
});
