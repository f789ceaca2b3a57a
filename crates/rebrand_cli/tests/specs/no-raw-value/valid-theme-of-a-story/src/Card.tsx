import styled from "styled-components";

export const Card = styled.div`
  color: #2563eb;
`;
