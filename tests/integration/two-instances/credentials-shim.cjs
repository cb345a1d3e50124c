// A CommonJS module: require is how it loads the provider it unwraps.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const provider = require("next-auth/providers/credentials");

module.exports = provider.default ?? provider;
