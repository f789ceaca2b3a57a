const themeColors = {
  royalGrey: '#888888',
  white: '#ffffff',
};

export { themeColors };
