// The floor: the least a Swift ncurses program does to show a full screen and echo keys.
// `ttyprobe.py` measures it beside allymap, so allymap's start-up and key-to-frame times can
// be read against what ncurses itself costs on this machine. Keep it bare: no AllyTerminal.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcurses

setlocale(LC_ALL, "")
// htop's pattern: endwin in the handler is not async-signal-safe, but the floor only ever
// sits in get_wch, and the point is to leave the terminal usable after a signal.
for sig in [SIGINT, SIGTERM, SIGHUP] {
    signal(sig) { caught in
        endwin()
        _exit(128 + caught)
    }
}
initscr()
raw()
noecho()
nonl()
keypad(cn_stdscr(), true)
curs_set(0)
set_escdelay(25)

let (rows, columns) = (Int(cn_lines()), Int(cn_cols()))
let filler = Array("The floor fills every cell once: ncurses cost without allymap. ".utf8)
for y in 0..<rows {
    let line = String(decoding: (0..<columns).map { filler[($0 + y) % filler.count] }, as: UTF8.self)
    mvaddstr(Int32(y), 0, line) // the bottom-right cell returns ERR but is drawn (no scroll)
}
mvaddstr(0, 0, "FLOOR READY pid \(getpid()) \(columns)x\(rows)")
clrtoeol()
// A marker on the last row: waiting for it times the whole first frame, not just its top line.
mvaddstr(Int32(rows - 1), 0, "FLOOR END")
refresh()

var count = 0
while true {
    var code: wint_t = 0
    let status = wget_wch(cn_stdscr(), &code)
    if status == ERR { continue }
    if status == OK && code == UInt32(UInt8(ascii: "q")) { break }
    count += 1
    mvaddstr(1, 0, "key \(count): \(status == KEY_CODE_YES ? "code" : "char") \(code)")
    clrtoeol()
    refresh()
}
endwin()
exit(0)
