import { Box } from "@mui/material";

export function Panel({ children }) {
  return (
    <Box sx={{ p: 2, bgcolor: "background.paper", borderRadius: "12px", border: "1px solid #e5e7eb" }}>
      {children}
    </Box>
  );
}
