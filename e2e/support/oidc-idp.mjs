// A local OpenID Connect identity provider for e2e/oidc.spec.ts (the `oidc-provider` package):
//   node e2e/support/oidc-idp.mjs <port> <redirect_uri>
// One confidential client (OIDC_IDP_CLIENT_ID / OIDC_IDP_CLIENT_SECRET), PKCE required, and the
// package's development login and consent pages: the login name is the subject, the password is
// not checked. The people it knows, with their claims, come as JSON in OIDC_IDP_PEOPLE:
//   { "<login>": { "email": "...", "email_verified": true, "name": "...", "groups": ["..."] } }
// Their claims go into the ID token (conformIdTokenClaims: false), as most company IdPs do.
import Provider from 'oidc-provider';

const [port, redirectUri] = process.argv.slice(2);
if (!port || !redirectUri) {
  console.error('usage: node e2e/support/oidc-idp.mjs <port> <redirect_uri>');
  process.exit(2);
}
const people = JSON.parse(process.env.OIDC_IDP_PEOPLE ?? '{}');

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: process.env.OIDC_IDP_CLIENT_ID,
      client_secret: process.env.OIDC_IDP_CLIENT_SECRET,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  cookies: { keys: ['e2e-only-oidc-idp-cookie-key'] },
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, id) {
    const person = people[id];
    if (!person) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...person }) };
  },
});

provider.listen(Number(port), '127.0.0.1', () => console.log(`[oidc-idp] listening on ${port}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
