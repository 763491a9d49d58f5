import type { KeyObject } from "node:crypto";

// RSA test material. TF_CIPHERTEXT is "hello world" encrypted (PKCS#1 v1.5) to TF_PKCS1_KEY, which
// Terraform 1.11's rsadecrypt decrypted with that key and with its PKCS#8 form; TF_OPENSSH_KEY is an
// unrelated key, for which Terraform reported a decryption error.

/** Ciphertext of "hello world". */
export const TF_CIPHERTEXT =
  "fMA8VrWEoDcwWQiXmun3TZMihOKtiUGGqYmilkHfrKt+cHTWW8QQWxLxUW2NPjTYE9dNUPsD2qRU/utiVjWW2Pxj3MDese0RpuhYEhmEEog2SIkotJrkRCr/FOxN9KyMTWO+lmZafd2fXONHHf8zEPCg19+MA1wH4IDL4jqs+d0=";

/** The 1024-bit key, PKCS#1. */
export const TF_PKCS1_KEY = `-----BEGIN RSA PRIVATE KEY-----
MIICXQIBAAKBgQChRmE811qPDhidCaMW71JT1YYf+3cD3xpYeCXSeHeTfhtQI9NH
qDqiUEwE6YkmIJiL7fFWiYDT9eox1L2rZ6JKnaYaYURPkhjmNT0YjpPaQCQuv8np
a7DLII9Ex3KAnrE1lyh6qVYtUCiZ9rYfuakezNi1ATitUFzZFlcz6oUHrwIDAQAB
AoGAIpjBhVbBc4zXlOCbXvEqHRfiNPwx9N+ofDASFQuIw1g7Lb7xtR6OrYFCPY+H
v2kgsGvz6NeIjm/jtJrpsVqDAt14izXz+5rRIvj3XM2HsukPxPX/adOikOzz2uwj
+O8IZLq/jh/DC2YEVb/rH4IwD2oJXaLiXF64VMCdYz8NGnECQQDUkceUjrQxNeHG
OdniMjg/i/tVRWnm455m1L5zOphJyrdy5WQUCA0UfefOAOtXwdxCjaqKOTjEXESQ
f/32hZa5AkEAwjmxrXWS84vteGJawOl2uVSXK0oIRGzywcNEbkcAXg2zdHeo7ElQ
2ZRy5XuMFuPmBMVNSYe1WeWH/vuA91LdpwJBAKGfriZQUsXP+DimJ/qKwKXgo1r0
ik8Z5oi9XYlzlfMVhWKA9BUfAgMAsE27+TUim3ynBnJOi9ERbriH+OuGK1ECQQCO
QXWax6/PRCC1eMxh2V2E1qk2Iq41d9rCAoRfhQ+G0+ApoO8PyY83HdydqkTsCxXR
TrWR8pzocA6QuqM2AvKnAkABRm4y0JShE1nWNQCw6CBLLY2kl3y2YR5/dAWurE3B
dM7YtBHvQKqYk1HcdJyLYJhp4Wc4W5Sc5wftQWnvdV1+
-----END RSA PRIVATE KEY-----
`;

/** The same key, PKCS#8. */
export const TF_PKCS8_KEY = `-----BEGIN PRIVATE KEY-----
MIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBAKFGYTzXWo8OGJ0J
oxbvUlPVhh/7dwPfGlh4JdJ4d5N+G1Aj00eoOqJQTATpiSYgmIvt8VaJgNP16jHU
vatnokqdphphRE+SGOY1PRiOk9pAJC6/yelrsMsgj0THcoCesTWXKHqpVi1QKJn2
th+5qR7M2LUBOK1QXNkWVzPqhQevAgMBAAECgYAimMGFVsFzjNeU4Jte8SodF+I0
/DH036h8MBIVC4jDWDstvvG1Ho6tgUI9j4e/aSCwa/Po14iOb+O0mumxWoMC3XiL
NfP7mtEi+PdczYey6Q/E9f9p06KQ7PPa7CP47whkur+OH8MLZgRVv+sfgjAPagld
ouJcXrhUwJ1jPw0acQJBANSRx5SOtDE14cY52eIyOD+L+1VFaebjnmbUvnM6mEnK
t3LlZBQIDRR9584A61fB3EKNqoo5OMRcRJB//faFlrkCQQDCObGtdZLzi+14YlrA
6Xa5VJcrSghEbPLBw0RuRwBeDbN0d6jsSVDZlHLle4wW4+YExU1Jh7VZ5Yf++4D3
Ut2nAkEAoZ+uJlBSxc/4OKYn+orApeCjWvSKTxnmiL1diXOV8xWFYoD0FR8CAwCw
Tbv5NSKbfKcGck6L0RFuuIf464YrUQJBAI5BdZrHr89EILV4zGHZXYTWqTYirjV3
2sIChF+FD4bT4Cmg7w/Jjzcd3J2qROwLFdFOtZHynOhwDpC6ozYC8qcCQAFGbjLQ
lKETWdY1ALDoIEstjaSXfLZhHn90Ba6sTcF0zti0Ee9AqpiTUdx0nItgmGnhZzhb
lJznB+1Bae91XX4=
-----END PRIVATE KEY-----
`;

/** An unrelated RSA key in OpenSSH's own format. */
export const TF_OPENSSH_KEY = `-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAlwAAAAdzc2gtcn
NhAAAAAwEAAQAAAIEArPq8XeM4QE/PhryJwgsBQ+jtyqevWfh6LPs2m9TshWCwIlLanvZW
x2pTVZHi5fTy1CNktBd6utVILhNa5cXFfs3hz7lFhB8AnsGUa0Xp6q4eL0RHWwfsOnyysK
8YgIX4rRhzpuZM6762vtu8dHXsA1Vxf4EsBctXfmbBGaN6JFsAAAIAbT4AlG0+AJQAAAAH
c3NoLXJzYQAAAIEArPq8XeM4QE/PhryJwgsBQ+jtyqevWfh6LPs2m9TshWCwIlLanvZWx2
pTVZHi5fTy1CNktBd6utVILhNa5cXFfs3hz7lFhB8AnsGUa0Xp6q4eL0RHWwfsOnyysK8Y
gIX4rRhzpuZM6762vtu8dHXsA1Vxf4EsBctXfmbBGaN6JFsAAAADAQABAAAAgFEcpfV0la
z6f7qTcBlwZaB9efu8U6phrJCpH7tExb/pTc5aga9mndyWjAslBHuGN9On4RHdrKwtVNJe
OxJhgbCl4O/KDDcn7tSxUPQermPUqCeYnLyNxYAfYUOMGGt0WbQmdsHAK9FCiLy6mGOb/D
7GUMpUXyuN7OG6Q+ylc9I5AAAAQHerl5L0DX4hX0ah0chDdCENIP/vAoI1oqBbnVGj2vpp
ZC5FUeLSzF7yp0k8TCJU683h1ipgAeTmsDSArWabAJ0AAABBANZhKiVw8Ie+rWBpwQUAhv
ppTjzjsyongxSqnCmUPi5kwIxWjaDWtRi1frAc3IHfubN48sxgfWERQi31Q4sUoz0AAABB
AM6P89D1XPNqlvxWy62PaLmL13NuYCEgjzajQA2PU1rGfk92DoaZsnnnbsakVPL9wvFjQ6
5X27WiqdKzzdHzf3cAAAAHcm9vdEB2bQECAwQ=
-----END OPENSSH PRIVATE KEY-----
`;

function sshString(bytes: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(bytes.length);
  return Buffer.concat([len, bytes]);
}

function mpint(b64url: string): Buffer {
  const raw = Buffer.from(b64url, "base64url");
  return sshString(raw[0]! & 0x80 ? Buffer.concat([Buffer.of(0), raw]) : raw);
}

/** An unencrypted openssh-key-v1 PEM for an RSA key (what ssh-keygen writes), built for tests. */
export function opensshKeyFor(key: KeyObject): string {
  const jwk = key.export({ format: "jwk" });
  const type = sshString(Buffer.from("ssh-rsa"));
  const pub = Buffer.concat([type, mpint(jwk.e!), mpint(jwk.n!)]);
  const check = Buffer.from("01020304", "hex");
  let priv = Buffer.concat([check, check, type, mpint(jwk.n!), mpint(jwk.e!), mpint(jwk.d!), mpint(jwk.qi!), mpint(jwk.p!), mpint(jwk.q!), sshString(Buffer.from("test"))]);
  for (let pad = 1; priv.length % 8 !== 0; pad++) priv = Buffer.concat([priv, Buffer.of(pad)]);
  const body = Buffer.concat([
    Buffer.from("openssh-key-v1\0"),
    sshString(Buffer.from("none")),
    sshString(Buffer.from("none")),
    sshString(Buffer.alloc(0)),
    Buffer.from("00000001", "hex"),
    sshString(pub),
    sshString(priv),
  ]);
  const lines = body.toString("base64").match(/.{1,70}/g)!.join("\n");
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines}\n-----END OPENSSH PRIVATE KEY-----\n`;
}
