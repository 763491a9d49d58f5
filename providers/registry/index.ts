// Talking to Terraform's remote services: an HTTPS client (undici, trusting SSL_CERT_FILE) and service
// discovery with the CLI configuration's host and credentials overrides. The provider registry
// protocol is in providers/installer; the module registry protocol in core/initwd.

export { httpClient, HttpRequestError, statusLine, type GetOptions, type HttpClient, type HttpResponse } from "./http-client.js";
export { DiscoveryError, ServiceDiscovery, type DiscoveryConfig, type HostServices } from "./service-discovery.js";
export { TERRANE_USER_AGENT } from "./user-agent.js";
