export const B = () => <div className="bg-brand-500 text-brand-600" />;
