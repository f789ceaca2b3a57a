const daisyui = require("daisyui");

module.exports = {
  content: ["./src/**/*.tsx"],
  plugins: [daisyui],
};
