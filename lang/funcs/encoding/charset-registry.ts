import { asciiCharset, byteTableCharset, latin1Charset, utf16Charset, utf8Charset, type Charset } from "./charset.js";
import { BYTE_TABLES } from "./charset-tables.js";
import { eucKrCharset } from "./euc-kr-charset.js";
import { BIG5, EUC_JP, GB18030, GBK, SHIFT_JIS, multiByteCharset } from "./multibyte-charset.js";
import { hzCharset, iso2022jpCharset } from "./stateful-charset.js";

// Character sets by IANA name or alias, as golang.org/x/text/encoding/ianaindex finds them: names are
// matched case-insensitively after trimming spaces, and only the sets x/text implements are known.

interface Entry {
  /** The IANA name Terraform prints; also the key of the set's byte table when it has one. */
  readonly name: string;
  readonly aliases: string;
  readonly make: () => Charset;
}

const table = (name: string, tableName = name) => () => byteTableCharset(name, BYTE_TABLES.get(tableName)!);

const ENTRIES: readonly Entry[] = [
  { name: "US-ASCII", aliases: "us-ascii iso-ir-6 ansi_x3.4-1968 ansi_x3.4-1986 iso_646.irv:1991 iso646-us us ibm367 cp367 csascii", make: () => asciiCharset },
  { name: "ISO_8859-1:1987", aliases: "iso_8859-1:1987 iso-ir-100 iso_8859-1 iso-8859-1 latin1 l1 ibm819 cp819 csisolatin1", make: () => latin1Charset },
  { name: "ISO_8859-2:1987", aliases: "iso_8859-2:1987 iso-ir-101 iso_8859-2 iso-8859-2 latin2 l2 csisolatin2", make: table("ISO_8859-2:1987", "ISO-8859-2") },
  { name: "ISO_8859-3:1988", aliases: "iso_8859-3:1988 iso-ir-109 iso_8859-3 iso-8859-3 latin3 l3 csisolatin3", make: table("ISO_8859-3:1988", "ISO-8859-3") },
  { name: "ISO_8859-4:1988", aliases: "iso_8859-4:1988 iso-ir-110 iso_8859-4 iso-8859-4 latin4 l4 csisolatin4", make: table("ISO_8859-4:1988", "ISO-8859-4") },
  { name: "ISO_8859-5:1988", aliases: "iso_8859-5:1988 iso-ir-144 iso_8859-5 iso-8859-5 cyrillic csisolatincyrillic", make: table("ISO_8859-5:1988", "ISO-8859-5") },
  { name: "ISO_8859-6:1987", aliases: "iso_8859-6:1987 iso-ir-127 iso_8859-6 iso-8859-6 ecma-114 asmo-708 arabic csisolatinarabic", make: table("ISO_8859-6:1987", "ISO-8859-6") },
  { name: "ISO_8859-6-E", aliases: "iso_8859-6-e csiso88596e iso-8859-6-e", make: table("ISO_8859-6-E", "ISO-8859-6") },
  { name: "ISO_8859-6-I", aliases: "iso_8859-6-i csiso88596i iso-8859-6-i", make: table("ISO_8859-6-I", "ISO-8859-6") },
  { name: "ISO_8859-7:1987", aliases: "iso_8859-7:1987 iso-ir-126 iso_8859-7 iso-8859-7 elot_928 ecma-118 greek greek8 csisolatingreek", make: table("ISO_8859-7:1987", "ISO-8859-7") },
  { name: "ISO_8859-8:1988", aliases: "iso_8859-8:1988 iso-ir-138 iso_8859-8 iso-8859-8 hebrew csisolatinhebrew", make: table("ISO_8859-8:1988", "ISO-8859-8") },
  { name: "ISO_8859-8-E", aliases: "iso_8859-8-e csiso88598e iso-8859-8-e", make: table("ISO_8859-8-E", "ISO-8859-8") },
  { name: "ISO_8859-8-I", aliases: "iso_8859-8-i csiso88598i iso-8859-8-i", make: table("ISO_8859-8-I", "ISO-8859-8") },
  { name: "ISO_8859-9:1989", aliases: "iso_8859-9:1989 iso-ir-148 iso_8859-9 iso-8859-9 latin5 l5 csisolatin5", make: table("ISO_8859-9:1989", "ISO-8859-9") },
  { name: "ISO-8859-10", aliases: "iso-8859-10 iso-ir-157 l6 iso_8859-10:1992 csisolatin6 latin6", make: table("ISO-8859-10") },
  { name: "ISO-8859-13", aliases: "iso-8859-13 csiso885913", make: table("ISO-8859-13") },
  { name: "ISO-8859-14", aliases: "iso-8859-14 iso-ir-199 iso_8859-14:1998 iso_8859-14 latin8 iso-celtic l8 csiso885914", make: table("ISO-8859-14") },
  { name: "ISO-8859-15", aliases: "iso-8859-15 iso_8859-15 latin-9 csiso885915", make: table("ISO-8859-15") },
  { name: "ISO-8859-16", aliases: "iso-8859-16 iso-ir-226 iso_8859-16:2001 iso_8859-16 latin10 l10 csiso885916", make: table("ISO-8859-16") },
  { name: "KOI8-R", aliases: "koi8-r cskoi8r", make: table("KOI8-R") },
  { name: "KOI8-U", aliases: "koi8-u cskoi8u", make: table("KOI8-U") },
  { name: "macintosh", aliases: "macintosh mac csmacintosh", make: table("macintosh") },
  { name: "windows-874", aliases: "windows-874 cswindows874", make: table("windows-874") },
  ...[1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258].map((n) => ({
    name: `windows-${n}`,
    aliases: `windows-${n} cswindows${n}`,
    make: table(`windows-${n}`),
  })),
  { name: "IBM037", aliases: "ibm037 cp037 ebcdic-cp-us ebcdic-cp-ca ebcdic-cp-wt ebcdic-cp-nl csibm037", make: table("IBM037") },
  { name: "IBM437", aliases: "ibm437 cp437 437 cspc8codepage437", make: table("IBM437") },
  { name: "IBM850", aliases: "ibm850 cp850 850 cspc850multilingual", make: table("IBM850") },
  { name: "IBM852", aliases: "ibm852 cp852 852 cspcp852", make: table("IBM852") },
  { name: "IBM855", aliases: "ibm855 cp855 855 csibm855", make: table("IBM855") },
  { name: "IBM00858", aliases: "ibm00858 ccsid00858 cp00858 pc-multilingual-850+euro csibm00858", make: table("IBM00858") },
  { name: "IBM860", aliases: "ibm860 cp860 860 csibm860", make: table("IBM860") },
  { name: "IBM862", aliases: "ibm862 cp862 862 cspc862latinhebrew", make: table("IBM862") },
  { name: "IBM863", aliases: "ibm863 cp863 863 csibm863", make: table("IBM863") },
  { name: "IBM865", aliases: "ibm865 cp865 865 csibm865", make: table("IBM865") },
  { name: "IBM866", aliases: "ibm866 cp866 866 csibm866", make: table("IBM866") },
  { name: "IBM1047", aliases: "ibm1047 ibm-1047 csibm1047", make: table("IBM1047") },
  { name: "IBM01140", aliases: "ibm01140 ccsid01140 cp01140 ebcdic-us-37+euro csibm01140", make: table("IBM01140") },
  { name: "UTF-8", aliases: "utf-8 csutf8", make: () => utf8Charset },
  { name: "UTF-16BE", aliases: "utf-16be csutf16be", make: () => utf16Charset("UTF-16BE", false, false) },
  { name: "UTF-16LE", aliases: "utf-16le csutf16le", make: () => utf16Charset("UTF-16LE", true, false) },
  { name: "UTF-16", aliases: "utf-16 csutf16", make: () => utf16Charset("UTF-16", false, true) },
  { name: "Shift_JIS", aliases: "shift_jis ms_kanji csshiftjis", make: () => multiByteCharset("Shift_JIS", SHIFT_JIS) },
  {
    name: "Extended_UNIX_Code_Packed_Format_for_Japanese",
    aliases: "extended_unix_code_packed_format_for_japanese cseucpkdfmtjapanese euc-jp",
    make: () => multiByteCharset("Extended_UNIX_Code_Packed_Format_for_Japanese", EUC_JP),
  },
  { name: "ISO-2022-JP", aliases: "iso-2022-jp csiso2022jp", make: iso2022jpCharset },
  { name: "EUC-KR", aliases: "euc-kr cseuckr", make: eucKrCharset },
  { name: "GBK", aliases: "gbk cp936 ms936 windows-936 csgbk", make: () => multiByteCharset("GBK", GBK) },
  { name: "GB18030", aliases: "gb18030 csgb18030", make: () => multiByteCharset("GB18030", GB18030) },
  { name: "HZ-GB-2312", aliases: "hz-gb-2312", make: hzCharset },
  { name: "Big5", aliases: "big5 csbig5", make: () => multiByteCharset("Big5", BIG5) },
];

const BY_ALIAS = new Map<string, Entry>();
for (const e of ENTRIES) for (const a of e.aliases.split(" ")) BY_ALIAS.set(a, e);
const made = new Map<Entry, Charset>();

/** The character set an IANA name or alias stands for, or undefined when Terraform does not support it. */
export function lookupCharset(name: string): Charset | undefined {
  const entry = BY_ALIAS.get(name.trim().toLowerCase());
  if (!entry) return undefined;
  let cs = made.get(entry);
  if (!cs) made.set(entry, (cs = entry.make()));
  return cs;
}
