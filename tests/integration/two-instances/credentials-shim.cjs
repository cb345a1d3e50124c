const provider = require("next-auth/providers/credentials");

module.exports = provider.default ?? provider;
