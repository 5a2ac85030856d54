// @oauth-dance/core runs as Node loads it (its Node fast paths chosen by package.json "imports"), not bundled.
export default { serverExternalPackages: ["@oauth-dance/core"] };
