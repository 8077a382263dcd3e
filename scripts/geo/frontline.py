#!/usr/bin/env python3
"""Frontline distances between allies and adversaries from allymap's embedded Natural Earth geometry.

  frontline.py [--geo FILE] [--actors FILE] [--extra-actors FILE ...] [--threats FILE] [--out FILE]

For each (ally, adversary) pair of the threats TSV (adversary `none` skipped) computes the shortest
great-circle distance in km between the two territories, using the most detailed level of
seeds/geo/countries.txt that has each country (format: scripts/geo/convert.py):

- 0 when the outlines cross, one lies inside the other, or they come within TOUCH_KM (shared borders:
  both sides were simplified separately at 0.02 degrees, so a shared border can be ~2 km apart);
- otherwise the minimum over vertex-to-segment distances in both directions. Each segment is treated as
  straight in lon/lat (as Natural Earth draws it); the nearest point on it is found with a local
  equirectangular projection around the vertex and the distance is the haversine (R = 6371 km) to it.

Block bounding circles (triangle inequality) prune the search, so the full run takes a few seconds.
Also writes capital_km (haversine between the capitals in the actors files), the nearest point on the
adversary's side and a `place` name for known exclaves and islands (e.g. Kaliningrad).
Python standard library only.
"""
import argparse, csv, math, pathlib, sys, time

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
R = 6371.0
TOUCH_KM = 2.0
BLOCK = 16  # segments per pruning block

# Non-state actors -> host territory, and actors not (yet) in the actors files.
HOSTS = {"hezbollah": "LBN", "houthis": "YEM", "hamas": "PSE"}
EXTRA_ISO = {
    "belarus": "BLR", "bahrain": "BHR", "kuwait": "KWT", "morocco": "MAR", "netherlands": "NLD",
    "belgium": "BEL", "spain": "ESP", "romania": "ROU", "sweden": "SWE", "denmark": "DNK",
    "thailand": "THA", "new-zealand": "NZL",
}
# Capitals missing from every actors file: (name, lat, lon, provenance).
EXTRA_CAPITALS = {"belarus": ("Minsk", 53.9006, 27.5590, "Minsk coordinates hardcoded (not in actors files)")}
# Natural Earth names used when an ISO code is missing (Natural Earth marks some as -99).
NAME_FALLBACK = {"FRA": "France", "NOR": "Norway", "XKX": "Kosovo"}
ACTOR_NOTES = {
    "hamas": "territory = Natural Earth PSE, which includes the West Bank as well as Gaza",
    "hezbollah": "territory = all of Lebanon (host state)",
    "houthis": "territory = all of Yemen (host state), not only the Houthi-held north-west",
}

# Named outlying rings: (iso3, place, min lon, min lat, max lon, max lat); a ring is named when the
# centre of its bounding box falls in the box. Checked for the nearest ring on either side.
PLACES = [
    ("RUS", "Kaliningrad", 19.0, 54.0, 23.5, 55.6),
    ("RUS", "Sakhalin", 141.5, 45.8, 145.0, 54.5),
    ("RUS", "Kuril Islands", 145.0, 43.0, 157.0, 51.0),
    ("RUS", "Crimea", 32.0, 44.2, 36.8, 46.3),
    ("CHN", "Hainan", 108.0, 18.0, 111.5, 20.5),
    ("TWN", "Kinmen", 118.1, 24.3, 118.6, 24.6),
    ("TWN", "Matsu", 119.8, 25.9, 120.6, 26.4),
    ("TWN", "Penghu", 119.2, 23.1, 119.8, 23.8),
    ("YEM", "Socotra", 52.0, 11.9, 54.7, 12.9),
    ("YEM", "Kamaran", 42.5, 15.2, 42.7, 15.5),
    ("YEM", "Hanish Islands", 42.6, 13.6, 43.0, 14.1),
    ("YEM", "Perim", 43.3, 12.5, 43.5, 12.8),
    ("IRN", "Abu Musa", 54.95, 25.8, 55.1, 25.95),
    ("IRN", "Tunb Islands", 55.0, 26.1, 55.4, 26.35),
    ("IRN", "Kish", 53.85, 26.45, 54.1, 26.6),
    ("IRN", "Qeshm", 55.2, 26.5, 56.4, 27.05),
    ("IRN", "Kharg", 50.2, 29.15, 50.4, 29.35),
    ("IRN", "Lavan", 53.1, 26.7, 53.5, 26.9),
    ("JPN", "Hokkaido", 139.3, 41.3, 146.0, 45.6),
    ("JPN", "Tsushima", 129.1, 34.0, 129.6, 34.8),
    ("JPN", "Yonaguni", 122.8, 24.3, 123.1, 24.5),
    ("KOR", "Jeju", 126.1, 33.1, 127.0, 33.6),
    ("GBR", "Shetland", -1.8, 59.8, -0.7, 60.9),
    ("NOR", "Svalbard", 10.0, 76.0, 34.0, 81.0),
    ("FRA", "Corsica", 8.5, 41.3, 9.6, 43.1),
    ("ESP", "Canary Islands", -18.3, 27.6, -13.3, 29.5),
    ("ESP", "Balearic Islands", 1.1, 38.6, 4.4, 40.1),
    ("ITA", "Sicily", 12.3, 36.6, 15.7, 38.3),
    ("ITA", "Sardinia", 8.1, 38.8, 9.9, 41.3),
    ("DNK", "Bornholm", 14.6, 54.9, 15.2, 55.35),
    ("SWE", "Gotland", 18.0, 56.8, 19.4, 58.0),
    ("FIN", "Aland", 19.3, 59.7, 21.1, 60.6),
    ("PHL", "Batanes", 121.7, 20.2, 122.1, 21.2),
    ("NZL", "Tokelau", -173.0, -10.0, -171.0, -8.0),
    ("NZL", "Chatham Islands", -177.0, -44.5, -176.0, -43.5),
]
# Outlying rings whose nearest distance is also given without them (note column): offshore
# exclaves next to the adversary, dependencies, and territory Natural Earth assigns de facto.
ALSO_WITHOUT = {"Kinmen", "Matsu", "Tokelau", "Crimea", "Kuril Islands"}


# ---------------------------------------------------------------- geometry file

def decode_ring(s):
    """Polyline-decodes one ring into [(lon, lat)] in degrees."""
    values, shift, result = [], 0, 0
    for ch in s:
        b = ord(ch) - 63
        result |= (b & 0x1F) << shift
        shift += 5
        if b < 0x20:
            values.append(~(result >> 1) if result & 1 else result >> 1)
            shift = result = 0
    pts, lon, lat = [], 0, 0
    for i in range(0, len(values) - 1, 2):
        lon += values[i]
        lat += values[i + 1]
        pts.append((lon / 100.0, lat / 100.0))
    return pts


def load_geometry(path):
    """{iso3: (name, level, [ring])}, keeping for each country the last (most detailed) level."""
    out, by_name, level = {}, {}, None
    with open(path, encoding="utf-8") as f:
        header = f.readline().strip()
        if header != "allymap-geo 1":
            sys.exit(f"{path}: unexpected header {header!r}")
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if line.startswith("level "):
                level = line.split()[1]
                continue
            iso, name, rings = line.split("\t")
            rec = (name, level, [decode_ring(r) for r in rings.split(" ") if r])
            out[iso] = rec  # later levels are more detailed and overwrite earlier ones
            by_name[name] = rec
    for iso, name in NAME_FALLBACK.items():
        if iso not in out and name in by_name:
            out[iso] = by_name[name]
    return out


# ---------------------------------------------------------------- spherical helpers

def unit(lon, lat):
    lo, la = math.radians(lon), math.radians(lat)
    c = math.cos(la)
    return (c * math.cos(lo), c * math.sin(lo), math.sin(la))


def haversine(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * R * math.asin(min(1.0, math.sqrt(h)))


def wrap(d):
    return (d + 180.0) % 360.0 - 180.0


def point_segment(p, a, b):
    """(km, (lon, lat)) from p to the lon/lat-straight segment ab, nearest point by local projection."""
    kx = math.cos(math.radians(p[1]))
    ax, ay = wrap(a[0] - p[0]) * kx, a[1] - p[1]
    bx, by = wrap(b[0] - p[0]) * kx, b[1] - p[1]
    dx, dy = bx - ax, by - ay
    den = dx * dx + dy * dy
    t = 0.0 if den == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / den))
    q = (a[0] + t * wrap(b[0] - a[0]), a[1] + t * (b[1] - a[1]))
    return haversine(p[1], p[0], q[1], q[0]), q


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def segments_intersect(a, b, c, d):
    d1, d2, d3, d4 = cross(c, d, a), cross(c, d, b), cross(a, b, c), cross(a, b, d)
    return ((d1 > 0) != (d2 > 0)) and ((d3 > 0) != (d4 > 0)) and d1 != 0 and d2 != 0 and d3 != 0 and d4 != 0


def point_in(p, rings):
    """Even-odd test over all rings of a country (outer rings and holes alike), in lon/lat."""
    x, y, inside = p[0], p[1], False
    for ring in rings:
        for i in range(len(ring) - 1):
            (x1, y1), (x2, y2) = ring[i], ring[i + 1]
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside


# ---------------------------------------------------------------- territories

class Territory:
    def __init__(self, iso, name, level, rings):
        self.iso, self.name, self.level, self.rings = iso, name, level, rings
        ext = lambda r: max(max(p[0] for p in r) - min(p[0] for p in r), max(p[1] for p in r) - min(p[1] for p in r))
        self.main = max(range(len(rings)), key=lambda i: ext(rings[i]))
        self.blocks = []  # (centre unit vector, radius km, ring index, points)
        for ri, ring in enumerate(rings):
            for s in range(0, len(ring) - 1, BLOCK):
                pts = ring[s : s + BLOCK + 1]
                lon0 = pts[0][0]
                clon = lon0 + sum(wrap(p[0] - lon0) for p in pts) / len(pts)
                clat = sum(p[1] for p in pts) / len(pts)
                rad = max(haversine(clat, clon, p[1], p[0]) for p in pts)
                self.blocks.append((unit(clon, clat), rad * 1.02 + 1.0, ri, pts))

    def place(self, ri):
        ring = self.rings[ri]
        cx = (min(p[0] for p in ring) + max(p[0] for p in ring)) / 2
        cy = (min(p[1] for p in ring) + max(p[1] for p in ring)) / 2
        for iso, name, x0, y0, x1, y1 in PLACES:
            if iso == self.iso and x0 <= cx <= x1 and y0 <= cy <= y1:
                return name
        return None


def frontline(A, B):
    """(km, nearest point on B, ring of A, ring of B, how) for territories A and B."""
    pairs = []
    for ca, ra, ia, pa in A.blocks:
        for cb, rb, ib, pb in B.blocks:
            dot = ca[0] * cb[0] + ca[1] * cb[1] + ca[2] * cb[2]
            lb = R * math.acos(max(-1.0, min(1.0, dot))) - ra - rb
            pairs.append((lb, ia, ib, pa, pb))
    pairs.sort(key=lambda t: t[0])
    best, bq, bra, brb, how = math.inf, None, None, None, "nearest"
    for lb, ia, ib, pa, pb in pairs:
        if lb > best or best <= TOUCH_KM:
            break
        for i in range(len(pa) - 1):
            for j in range(len(pb) - 1):
                if lb <= 0 and segments_intersect(pa[i], pa[i + 1], pb[j], pb[j + 1]):
                    return 0.0, pb[j], ia, ib, "outlines cross"
            for p in pa:  # A vertices against B segments: nearest point on B's segment
                d, q = point_segment(p, pb[j], pb[j + 1])
                if d < best:
                    best, bq, bra, brb = d, q, ia, ib
        for j in range(len(pb)):
            for i in range(len(pa) - 1):  # B vertices against A segments: the B vertex is nearest
                d, _ = point_segment(pb[j], pa[i], pa[i + 1])
                if d < best:
                    best, bq, bra, brb = d, pb[j], ia, ib
    if best <= TOUCH_KM:
        return 0.0, bq, bra, brb, f"outlines within {TOUCH_KM:g} km (shared border)"
    for ri, ring in enumerate(B.rings):  # containment: enclave or overlap
        if point_in(ring[0], A.rings):
            return 0.0, ring[0], None, ri, "adversary territory lies inside ally outline"
    for ri, ring in enumerate(A.rings):
        if point_in(ring[0], B.rings):
            return 0.0, ring[0], ri, None, "ally territory lies inside adversary outline"
    return best, bq, bra, brb, how


# ---------------------------------------------------------------- tables

def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f if not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--geo", default=str(ROOT / "seeds" / "geo" / "countries.txt"))
    ap.add_argument("--actors", default=str(ROOT / "seeds" / "data" / "actors.tsv"))
    ap.add_argument("--extra-actors", nargs="*", default=[])
    ap.add_argument("--threats", default=str(ROOT / "seeds" / "data" / "threats.tsv"))
    ap.add_argument("--out", default="frontlines.tsv")
    a = ap.parse_args()
    t0 = time.time()

    geo = load_geometry(a.geo)
    actors = {}
    for path in [a.actors] + [p for p in a.extra_actors if pathlib.Path(p).exists()]:
        for row in read_tsv(path):
            actors.setdefault(row["id"], row)

    def iso_of(actor):
        iso = HOSTS.get(actor) or (actors.get(actor, {}).get("iso3") or "").strip() or EXTRA_ISO.get(actor)
        if not iso or iso not in geo:
            sys.exit(f"no geometry for actor {actor!r} (iso3 {iso!r})")
        return iso

    def capital(actor):
        row = actors.get(actor)
        if row and row.get("lat") and row.get("lon"):
            return float(row["lat"]), float(row["lon"]), None
        if actor in EXTRA_CAPITALS:
            _, lat, lon, why = EXTRA_CAPITALS[actor]
            return lat, lon, why
        return None, None, f"no capital coordinates for {actor}"

    cache = {}
    def territory(iso):
        if iso not in cache:
            cache[iso] = Territory(iso, *geo[iso])
        return cache[iso]

    rows, seen = [], set()
    for t in read_tsv(a.threats):
        ally, adv = t["ally"].strip(), t["adversary"].strip()
        if not adv or adv == "none" or (ally, adv) in seen:
            continue
        seen.add((ally, adv))
        A, B = territory(iso_of(ally)), territory(iso_of(adv))
        km, q, ra, rb, how = frontline(A, B)
        notes = [f"{A.iso}-{B.iso} {A.level}/{B.level} level; {how}"]
        place = B.name
        if rb is not None:
            named = B.place(rb)
            if named:
                place = named
            elif rb != B.main:
                notes.append(f"nearest {B.name} ring is an outlying island/exclave")
        if ra is not None and km > 0:
            named = A.place(ra)
            if named:
                notes.append(f"ally side: {named}")
            elif ra != A.main:
                notes.append(f"ally side: an outlying {A.name} island/exclave")
        for actor in (ally, adv):
            if actor in ACTOR_NOTES:
                notes.append(ACTOR_NOTES[actor])
        for side, T, ri in (("ally", A, ra), ("adversary", B, rb)):
            named = T.place(ri) if ri is not None else None
            if km > 0 and named in ALSO_WITHOUT:
                keep = [r for i, r in enumerate(T.rings) if T.place(i) != named]
                sub = Territory(T.iso, T.name, T.level, keep)
                km2, q2, _, rb2, _ = frontline(sub, B) if side == "ally" else frontline(A, sub)
                where = (sub if side == "adversary" else B).place(rb2) if rb2 is not None else None
                notes.append(f"without {named}: {round(km2)} km to {where or B.name} ({q2[1]:.2f}, {q2[0]:.2f})")
        if "Crimea" in (place, A.place(ra) if ra is not None else None):
            notes.append("Natural Earth (de facto) draws Crimea as Russian")
        if "RUS" in (A.iso, B.iso) and "JPN" in (A.iso, B.iso):
            notes.append("Natural Earth treats the southern Kurils (Northern Territories) as Russian")
        lat1, lon1, w1 = capital(ally)
        lat2, lon2, w2 = capital(adv)
        notes += [w for w in (w1, w2) if w]
        cap = "" if lat1 is None or lat2 is None else str(round(haversine(lat1, lon1, lat2, lon2)))
        rows.append([ally, adv, str(round(km)), cap, place,
                     f"{q[1]:.2f}" if q else "", f"{q[0]:.2f}" if q else "", "; ".join(notes)])

    with open(a.out, "w", encoding="utf-8", newline="") as f:
        f.write("ally\tadversary\tfrontline_km\tcapital_km\tplace\tnearest_lat\tnearest_lon\tnote\n")
        for r in rows:
            f.write("\t".join(c.replace("\t", " ") for c in r) + "\n")

    checks = ["taiwan-china", "south-korea-north-korea", "poland-russia", "israel-hezbollah", "japan-russia",
              "lithuania-belarus", "estonia-russia", "uk-russia", "saudi-arabia-iran"]
    index = {f"{r[0]}-{r[1]}": r for r in rows}
    print(f"{len(rows)} pairs -> {a.out} in {time.time() - t0:.1f} s")
    for c in checks:
        r = index.get(c)
        print(f"  {c:26s} " + (f"frontline {r[2]:>5} km  capital {r[3]:>5} km  {r[4]} ({r[5]}, {r[6]})" if r else "missing"))


if __name__ == "__main__":
    main()
