/* The C floor: the same screen and keys as Sources/floor (the Swift floor), in C, so the
 * benchmarks can read allymap's first frame against what ncurses itself costs on a machine.
 * scripts/bench.sh builds it with `cc -O2 scripts/floor/floor.c -lncursesw`. Keep it bare. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void restore(int sig) { endwin(); _exit(128 + sig); }

int main(void) {
    static const char filler[] = "The floor fills every cell once: ncurses cost without allymap. ";
    const int fill = (int)strlen(filler);
    char line[4096], text[128];
    setlocale(LC_ALL, "");
    signal(SIGINT, restore); signal(SIGTERM, restore); signal(SIGHUP, restore);
    initscr(); raw(); noecho(); nonl(); keypad(stdscr, TRUE); curs_set(0); set_escdelay(25);
    int rows = LINES, columns = COLS < (int)sizeof line ? COLS : (int)sizeof line - 1;
    for (int y = 0; y < rows; y++) {
        for (int x = 0; x < columns; x++) line[x] = filler[(x + y) % fill];
        line[columns] = 0;
        mvaddstr(y, 0, line); /* the bottom-right cell returns ERR but is drawn (no scroll) */
    }
    snprintf(text, sizeof text, "FLOOR READY pid %d %dx%d", (int)getpid(), columns, rows);
    mvaddstr(0, 0, text); clrtoeol();
    /* A marker on the last row: waiting for it times the whole first frame. */
    mvaddstr(rows - 1, 0, "FLOOR END");
    refresh();
    for (int count = 1;; count++) {
        wint_t code = 0;
        int status = wget_wch(stdscr, &code);
        if (status == ERR) { count--; continue; }
        if (status == OK && code == 'q') break;
        snprintf(text, sizeof text, "key %d: %s %u", count, status == KEY_CODE_YES ? "code" : "char", (unsigned)code);
        mvaddstr(1, 0, text); clrtoeol(); refresh();
    }
    endwin();
    return 0;
}
