export const view = <div>not allowed in .ts</div>;
