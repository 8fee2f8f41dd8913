// The Worker's secrets, which wrangler.toml does not list and `wrangler types` therefore cannot see.
declare namespace Cloudflare {
  interface Env {
    /** The maintainers' bearer token (wrangler secret put MAINTAINER_TOKEN; locally in .dev.vars). */
    MAINTAINER_TOKEN: string;
  }
}
