import styled from 'styled-components';
import { themeColors } from './theme';
import './scrollbar.scss';

export const Legend = styled.div`
  background: ${themeColors.royalGrey};
`;
