/**
 * Bead patterns of the demo products' pictures, keyed by product handle.
 * pattern(col, row, cols, rows) returns an index into the palette.
 */
const stripes = (width) => (c, r) => Math.floor(r / width)
const chevron = (c, r, cols) => Math.floor((r + Math.abs(c - (cols - 1) / 2)) / 2)
const diamond = (c, r, cols) => (Math.abs(c - (cols - 1) / 2) + Math.abs((r % 10) - 5) < 4 ? 1 : 0) + (r % 10 === 5 ? 2 : 0)
const zigzag = (c, r) => Math.floor((r + (c % 4 < 2 ? c % 4 : 4 - (c % 4))) / 2)
const checker = (c, r) => (Math.floor(c / 2) + Math.floor(r / 2)) % 2
const flame = (c, r, cols, rows) => {
  const h = rows - r - 3 * Math.sin(c * 1.3) - 2
  return h > rows * 0.7 ? 0 : h > rows * 0.45 ? 1 : h > rows * 0.2 ? 2 : 3
}
const speckle = (c, r) => ((c * 7 + r * 13) % 11 === 0 ? 1 : (c * 5 + r * 3) % 17 === 0 ? 2 : 0)
const wings = (c, r, cols) => {
  const x = Math.abs(c - (cols - 1) / 2)
  return x < 0.6 ? 2 : (r % 7) + x > 7 ? 1 : x > 3 && r % 5 === 0 ? 3 : 0
}
const petals = (c, r) => (((c - 4) ** 2 + ((r % 8) - 4) ** 2) < 5 ? 1 : ((c - 4) ** 2 + ((r % 8) - 4) ** 2) < 2 ? 2 : 0)
const deco = (c, r, cols) => (r % 6 === 0 ? 1 : Math.abs(c - (cols - 1) / 2) === (r % 6) - 1 ? 1 : 0)

const DEMO_IMAGE_PATTERNS = {
  "sunset-chevron": { palette: [[232, 93, 48], [247, 160, 56], [252, 211, 77], [194, 55, 88]], pattern: chevron },
  "ocean-wave": { palette: [[14, 89, 140], [38, 150, 190], [164, 222, 232], [255, 255, 255]], pattern: zigzag },
  "desert-diamond": { palette: [[205, 140, 88], [64, 142, 138], [120, 50, 40]], pattern: diamond },
  "forest-stripe": { palette: [[34, 87, 52], [96, 140, 72], [170, 190, 110], [80, 60, 40]], pattern: stripes(2) },
  "midnight-galaxy": { palette: [[18, 20, 48], [236, 236, 250], [150, 110, 220]], pattern: speckle },
  "rainbow-pride": { palette: [[228, 3, 3], [255, 140, 0], [255, 237, 0], [0, 128, 38], [0, 77, 255], [117, 7, 135]], pattern: stripes(3) },
  "fire-opal-flame": { palette: [[250, 230, 120], [250, 150, 40], [220, 60, 30], [60, 20, 20]], pattern: flame },
  "black-gold-deco": { palette: [[24, 24, 24], [212, 175, 55]], pattern: deco },
  "cherry-blossom": { palette: [[250, 226, 232], [236, 130, 160], [250, 220, 90]], pattern: petals },
  "turquoise-zigzag": { palette: [[64, 196, 190], [250, 250, 245], [180, 90, 50]], pattern: zigzag },
  "monarch-butterfly": { palette: [[240, 130, 20], [30, 30, 30], [30, 30, 30], [250, 250, 250]], pattern: wings },
  "checkerboard": { palette: [[20, 20, 20], [245, 245, 245]], pattern: checker },
  "sunflower-field": { palette: [[250, 200, 30], [110, 70, 30], [90, 150, 60]], pattern: (c, r) => (r % 8 < 2 ? 2 : petals(c, r) === 2 ? 1 : 0) },
  "lavender-haze": { palette: [[200, 180, 230], [150, 120, 200], [240, 235, 250]], pattern: stripes(1) },
}

module.exports = { DEMO_IMAGE_PATTERNS }
