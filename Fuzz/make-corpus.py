# Regenerates Fuzz/corpus/: byte 0 = mode (0-3 TSV table, 4-7 CSV table, 8 JSON), then the file.
# Usage: python3 Fuzz/make-corpus.py PATH/TO/allymap   (from the repository root; overwrites files of the same name)
import os, sys, subprocess, json, tempfile
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__))); out = root + "/Fuzz/corpus"
tables = ['actors', 'indicators', 'events', 'claims']
def put(name, mode, data):
    if isinstance(data, str): data = data.encode()
    open(f'{out}/{name}', 'wb').write(bytes([mode]) + data)
tsv = {t: open(f'{root}/seeds/data/{t}.tsv', 'rb').read() for t in tables}
exp = sys.argv[1]
csvdir = tempfile.mkdtemp(); subprocess.run([exp, 'export', '--format', 'csv', '--out', csvdir], check=True)
csv = {t: open(f'{csvdir}/{t}.csv', 'rb').read() for t in tables}
js = subprocess.run([exp, 'export', '--format', 'json'], check=True, capture_output=True).stdout
for i, t in enumerate(tables):
    put(f'tsv-{t}', i, tsv[t]); put(f'csv-{t}', 4 + i, csv[t])
# a small JSON dataset: the first few of each list keeps the corpus small but valid-shaped
d = json.loads(js)
# the full JSON export (215 KB) is left out to keep the corpus small
small = {k: (v[:3] if isinstance(v, list) else v) for k, v in d.items()}
put('json-small', 8, json.dumps(small))
a = tsv['actors'].decode(); head, rows = a.split('\n', 1)[0], [l for l in a.split('\n')[1:] if l and not l.startswith('#')]
e = tsv['events'].decode(); ehead = [l for l in e.split('\n') if l and not l.startswith('#')][0]
erow = [l for l in e.split('\n') if l and not l.startswith('#')][1]
def actors_with(text):
    f = rows[0].split('\t'); f[1] = text
    return head + '\n' + '\t'.join(f) + '\n' + '\n'.join(rows[1:]) + '\n'
hostile = {'esc': 'Ja\x1bpan', 'csi': 'Japan\x1b[2J\x1b[31m', 'osc': 'Japan\x1b]0;pwned\x07', 'c1': 'Ja\u009bpan',
           'bidi': 'Ja\u202epan', 'del': 'Ja\x7fpan', 'cjk': '日本国 日本国日本国', 'combining': 'Ja\u0301pa\u0308n',
           'zw': 'Ja\u200bpan\u200d', 'emoji': 'Japan 🇯🇵👨‍👩‍👧'}
for k, v in hostile.items(): put(f'tsv-actors-{k}', 0, actors_with(v))
bad_id = rows[0].split('\t'); bad_id[0] = 'x\x1b[31m'
put('tsv-actors-esc-id', 0, head + '\n' + '\t'.join(bad_id) + '\n')
put('tsv-actors-esc-header', 0, head.replace('name', 'na\x1b[2Jme') + '\n' + rows[0] + '\n')
put('tsv-actors-bom-crlf', 0, '\ufeff' + actors_with('Japan').replace('\n', '\r\n'))
put('tsv-actors-badutf8', 0, actors_with('Japan').encode()[:200] + b'\xff\xfe\xc3' + actors_with('Japan').encode()[200:])
put('tsv-actors-truncated', 0, tsv['actors'][:len(tsv['actors']) // 2])
put('tsv-actors-columns', 0, head + '\n' + '\t'.join(['x'] * 70) + '\n')
put('tsv-actors-header-twice', 0, head + '\t' + head + '\n')
put('tsv-events-longfield', 2, ehead + '\n' + erow.replace('\t', '\t' + 'a' * 20000, 1) + '\n')
put('tsv-indicators-numbers', 1, tsv['indicators'].decode().split('\n', 1)[0] + '\nus\tgdp\t1e309\tUSD\t2024\tx\t\thigh\t\nus\tgdp\t-nan\tUSD\t99999999999999999999\tx\t\thigh\t\n')
put('tsv-claims-paragraph', 3, tsv['claims'].decode().split('\n', 1)[0] + '\nc1\t99999999999999999999999\tasia\t\tassertion\tx\t\t\t\n')
put('csv-actors-quotes', 4, 'id,name\n"a""b",",\n"x"y,z\n"""\n')
put('csv-events-osc', 6, csv['events'].decode().split('\n')[0] + '\n' + csv['events'].decode().split('\n')[1].replace(',', ',"\x1b]52;c;aGk=\x07",', 1) + '\n')
put('json-deep', 8, '[' * 5000 + ']' * 5000)
put('json-deep-object', 8, '{"actors":' + '[' * 3000)
put('json-esc', 8, json.dumps({k: (v[:2] if isinstance(v, list) else v) for k, v in d.items()}).replace('"name": "', '"name": "\\u001b[2J', 1))
put('json-badkey', 8, '{"act\\u001bors": [], "indicators": [], "events": [], "claims": []}')
put('json-numbers', 8, '{"actors": [{"lat": 1e999}], "indicators": [], "events": [], "claims": []}')
put('empty-tsv', 0, ''); put('empty-json', 8, '')
