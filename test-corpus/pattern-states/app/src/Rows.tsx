// One list-row look in five ways — a global class, a CSS Module, a nested SCSS rule, a styled
// component and Tailwind classes — none with a hover or focus style yet; the header row reuses
// the global class.
import styled from "styled-components";
import "./app.css";
import "./rows.css";
import rows from "./Row.module.css";
import items from "./Item.module.scss";

const StyledRow = styled.li`
  background-color: #ffffff;
  color: #111827;
  border-bottom: 1px solid #e5e7eb;
  padding: 8px 12px;
  font-size: 14px;
`;

export function Rows() {
  return (
    <ul className={items.list}>
      <li className="row row--header">Name</li>
      <li className="row" tabIndex={0}>Invoices</li>
      <li className="row" tabIndex={0}>Payments</li>
      <li className={rows.row} tabIndex={0}>Refunds</li>
      <li className={rows.row} tabIndex={0}>Disputes</li>
      <li className={items.item} tabIndex={0}>Payouts</li>
      <li className={items.item} tabIndex={0}>Balances</li>
      <StyledRow tabIndex={0}>Customers</StyledRow>
      <StyledRow tabIndex={0}>Products</StyledRow>
      <li className="border-b border-[#e5e7eb] bg-[#ffffff] px-[12px] py-[8px] text-[14px] text-[#111827]" tabIndex={0}>Reports</li>
    </ul>
  );
}
