/** Mantine colours dark enough for text contrast on white (WCAG AA), used in turn by the dashboard's series. */
export const chartColors = ["blue.8", "orange.8", "teal.8", "grape.8", "red.8", "indigo.8", "lime.9", "cyan.9", "pink.8", "yellow.9"];
