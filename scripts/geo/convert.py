#!/usr/bin/env python3
"""Convert Natural Earth admin-0 GeoJSON into allymap's compact embedded geometry.

  convert.py [--geo DIR] [--out-data FILE] [--out-swift FILE]

Reads countries-110m.geojson and countries-50m.geojson (public domain, Natural Earth) from
--geo (default ../shared/geo relative to the repository root) and writes two files:

- seeds/geo/countries.txt: the data in plain text, one country per line, so changes diff;
- Sources/AllyTUI/Map/EmbeddedGeometry.swift: the same text inside one raw string literal,
  so the geometry is compiled into the binary and the app runs from any directory.

Format (version 1), UTF-8, one record per line:

  allymap-geo 1
  # comment
  level <name> <source> <tolerance in 0.01 degrees>
  <ISO3>\t<name>\t<ring> <ring> ...

A ring is a closed polygon ring at 0.01 degree resolution (centidegrees), written with the
polyline algorithm (zigzag varints in 5-bit groups, characters 63..126): the first point is
absolute, later points are deltas from the previous one, each point as (lon, lat). The last
point repeats the first. Characters 63..126 contain no quote, hash, space or tab, so a ring is
safe inside a Swift raw string and the line splits on tabs and spaces.

Each level is simplified with Douglas-Peucker at its tolerance; the medium level also drops
islands smaller than a few dots at the zooms that use it. Python standard library only.
"""
import argparse, json, pathlib, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent

# (name, source file, Douglas-Peucker tolerance in centidegrees, smallest ring kept in centidegrees)
# A country's largest ring is always kept, so small states never vanish from a level.
LEVELS = [
    ("coarse", "countries-110m.geojson", 8, 0),
    ("medium", "countries-50m.geojson", 6, 35),
    ("detailed", "countries-50m.geojson", 2, 0),
]


def rings_of(geometry):
    """All rings (outer and holes) of a Polygon or MultiPolygon, as lists of [lon, lat]."""
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    return [ring for polygon in polygons for ring in polygon]


def quantize(ring):
    """Rounds to centidegrees and drops consecutive duplicates; the ring stays closed."""
    out = []
    for lon, lat in ring:
        p = (round(lon * 100), round(lat * 100))
        if not out or out[-1] != p:
            out.append(p)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def extent(ring):
    """The larger side of a ring's bounding box, in centidegrees."""
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    return max(max(lons) - min(lons), max(lats) - min(lats))


def perpendicular_sq(p, a, b):
    """Squared distance from p to segment ab (integer inputs, float result)."""
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    if dx == 0 and dy == 0:
        return (px - ax) ** 2 + (py - ay) ** 2
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    qx, qy = ax + t * dx, ay + t * dy
    return (px - qx) ** 2 + (py - qy) ** 2


def douglas_peucker(points, tolerance):
    """Indexes of `points` to keep (iterative, endpoints always kept)."""
    keep = {0, len(points) - 1}
    stack = [(0, len(points) - 1)]
    tol_sq = tolerance * tolerance
    while stack:
        i, j = stack.pop()
        best, index = -1.0, -1
        for k in range(i + 1, j):
            d = perpendicular_sq(points[k], points[i], points[j])
            if d > best:
                best, index = d, k
        if index >= 0 and best > tol_sq:
            keep.add(index)
            stack.append((i, index))
            stack.append((index, j))
    return sorted(keep)


def simplify_ring(ring, tolerance):
    """Simplifies a closed ring; splits it at the vertex farthest from the start first."""
    if len(ring) <= 4 or tolerance <= 0:
        return ring
    start = ring[0]
    far = max(range(len(ring)), key=lambda k: (ring[k][0] - start[0]) ** 2 + (ring[k][1] - start[1]) ** 2)
    first = [ring[k] for k in douglas_peucker(ring[: far + 1], tolerance)]
    second = [ring[far + k] for k in douglas_peucker(ring[far:], tolerance)]
    out = first + second[1:]
    if len(out) < 4:  # keep tiny islands visible as a triangle rather than dropping them
        step = max(1, (len(ring) - 1) // 3)
        out = [ring[0], ring[step], ring[min(2 * step, len(ring) - 2)], ring[0]]
    return out


def encode_number(n):
    """One signed integer in the polyline alphabet."""
    v = (n << 1) if n >= 0 else ~(n << 1)
    chars = []
    while v >= 0x20:
        chars.append(chr((0x20 | (v & 0x1F)) + 63))
        v >>= 5
    chars.append(chr(v + 63))
    return "".join(chars)


def encode_ring(ring):
    out, plon, plat = [], 0, 0
    for lon, lat in ring:
        out.append(encode_number(lon - plon))
        out.append(encode_number(lat - plat))
        plon, plat = lon, lat
    return "".join(out)


def convert(geo_dir):
    lines = [
        "allymap-geo 1",
        "# Natural Earth admin-0 countries (public domain, naturalearthdata.com), made with Natural Earth.",
        "# Generated by scripts/geo/convert.py; do not edit by hand.",
    ]
    stats = []
    for name, source, tolerance, min_size in LEVELS:
        features = json.loads((geo_dir / source).read_text(encoding="utf-8"))["features"]
        lines.append(f"level {name} {source} {tolerance}")
        points = rings = 0
        for feature in sorted(features, key=lambda f: f["properties"]["ISO_A3"]):
            props = feature["properties"]
            encoded = []
            quantized = [r for r in (quantize(raw) for raw in rings_of(feature["geometry"])) if len(r) >= 4]
            largest = max(quantized, key=extent, default=None)
            for ring in quantized:
                if ring is not largest and extent(ring) < min_size:
                    continue
                ring = simplify_ring(ring, tolerance)
                encoded.append(encode_ring(ring))
                points += len(ring)
                rings += 1
            if encoded:
                lines.append(f"{props['ISO_A3']}\t{props['NAME']}\t{' '.join(encoded)}")
        stats.append((name, len(features), rings, points))
    return "\n".join(lines) + "\n", stats


def swift_source(text):
    if '"#' in text or "\\#" in text:
        sys.exit("geometry text contains a raw-string delimiter")
    return (
        "// Generated by scripts/geo/convert.py from Natural Earth admin-0 countries (public domain).\n"
        "// Do not edit by hand; see scripts/geo/README.md to regenerate.\n\n"
        "/// The compact country geometry compiled into the binary (format: scripts/geo/convert.py).\n"
        "enum EmbeddedGeometry {\n"
        "    /// All levels as one text; decoded once by `WorldGeometry.shared`.\n"
        '    static let text: String = #"""\n'
        + text
        + '"""#\n'
        "}\n"
    )


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--geo", default=str(ROOT.parent / "shared" / "geo"))
    ap.add_argument("--out-data", default=str(ROOT / "seeds" / "geo" / "countries.txt"))
    ap.add_argument("--out-swift", default=str(ROOT / "Sources" / "AllyTUI" / "Map" / "EmbeddedGeometry.swift"))
    a = ap.parse_args()
    text, stats = convert(pathlib.Path(a.geo))
    pathlib.Path(a.out_data).write_text(text, encoding="utf-8")
    swift = swift_source(text)
    pathlib.Path(a.out_swift).write_text(swift, encoding="utf-8")
    for name, features, rings, points in stats:
        print(f"{name}: {features} countries, {rings} rings, {points} points")
    print(f"data: {len(text.encode('utf-8'))} bytes; swift: {len(swift.encode('utf-8'))} bytes")


if __name__ == "__main__":
    main()
