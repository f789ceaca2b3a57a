// A .ts file must not be parsed with JSX: generic arrows and casts are valid here.
export const identity = <T,>(value: T): T => value;
export const asNumber = (value: unknown) => <number>value;
