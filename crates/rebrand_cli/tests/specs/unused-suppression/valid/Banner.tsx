// rebrand-ignore-file no-raw-value: generated from the marketing site
export function Banner() {
  return <p style={{ color: '#2563eb' }}>Launch</p>;
}
