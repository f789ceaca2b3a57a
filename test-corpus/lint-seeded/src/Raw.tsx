import './tokens.css';

export function Raw() {
  return (
    <div>
      <p style={{ color: '#2563eb' }}>Raw 0</p>
      <p style={{ backgroundColor: '#ffffff' }}>Raw 1</p>
      <p style={{ borderRadius: '6px' }}>Raw 2</p>
      <p style={{ padding: '16px' }}>Raw 3</p>
      <p style={{ color: '#111827' }}>Raw 4</p>
    </div>
  );
}
