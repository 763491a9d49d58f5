// The User-Agent Terrane sends to registries and mirrors (Terraform sends "Terraform/1.11.4").

/** `Terrane/VERSION`. */
export const TERRANE_USER_AGENT = "Terrane/0.1.0";
