// Stock badges styled with @emotion/styled: a pill, and its in-stock and sold-out colours.
import styled from "@emotion/styled";

const Pill = styled.span`
  display: inline-flex;
  align-items: center;
  padding: 2px 8px;
  border-radius: 9999px;
  font-size: 12px;
  font-weight: 600;
  line-height: 16px;
`;

const InStock = styled(Pill)`
  background: #d1fae5;
  color: #065f46;
`;

const SoldOut = styled(Pill)`
  background: #fee2e2;
  color: #991b1b;

  &:hover {
    background: #fecaca;
  }
`;

export function StockBadge({ inStock }: { inStock: boolean }) {
  return inStock ? <InStock>In stock</InStock> : <SoldOut>Sold out</SoldOut>;
}
