#ifndef ALLYMAP_CNCURSES_SHIM_H
#define ALLYMAP_CNCURSES_SHIM_H

// Wide-character ncurses: these must be defined before curses.h is included.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <pthread.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#elif __has_include(<curses.h>)
#include <curses.h>
#else
#error "ncursesw headers not found: install libncurses-dev"
#endif
#if __has_include(<ncursesw/term.h>)
#include <ncursesw/term.h>
#else
#include <term.h>
#endif

// Swift 6 cannot touch mutable C globals safely; these wrappers read them for us.
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline int cn_key_resize(void) { return KEY_RESIZE; }
static inline int cn_key_mouse(void) { return KEY_MOUSE; }

// --- Terminal setup -------------------------------------------------------------------------

// newterm on the process's own stdout/stdin (Swift 6 cannot name the `stdout`/`stdin` globals).
static inline SCREEN *cn_newterm(const char *term) { return newterm(term, stdout, stdin); }

// Probes terminfo without letting ncurses print or exit (initscr would exit(1) on an unknown
// TERM). Returns 1 when usable, 0 unknown TERM, -1 no terminfo database, 2 hardcopy or no
// cursor addressing. The probe's TERMINAL is freed; newterm loads its own.
static inline int cn_probe_terminfo(const char *term) {
    int err = 0;
    if (setupterm((char *)term, STDOUT_FILENO, &err) != OK) return err == -1 ? -1 : (err == 1 ? 2 : 0);
    char *cup = tigetstr("cup");
    int usable = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    return usable ? 1 : 2;
}

// A terminfo string capability, or NULL when absent/cancelled (ncurses uses (char *)-1 too).
static inline const char *cn_tigetstr(const char *name) {
    char *s = tigetstr((char *)name);
    return (s == NULL || s == (char *)-1) ? NULL : s;
}

static inline const char *cn_codeset(void) { return nl_langinfo(CODESET); }

// --- Attributes and mouse masks (macros built from NCURSES_BITS, invisible to Swift) --------

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }

static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_button5_pressed(void) { return BUTTON5_PRESSED; }

// --- Signals (struct sigaction's handler field is spelled differently on glibc and Darwin) ---

// Installs `handler` for `sig`, restarting interrupted system calls (the wake pipe, not EINTR,
// is what ends the input wait).
static inline int cn_signal_install(int sig, void (*handler)(int), struct sigaction *previous) {
    struct sigaction act;
    memset(&act, 0, sizeof act);
    sigemptyset(&act.sa_mask);
    act.sa_handler = handler;
    act.sa_flags = SA_RESTART;
    return sigaction(sig, &act, previous);
}

// Installs a crash handler that receives the siginfo (to tell a real fault from `kill`).
// The signal stays blocked while the handler runs; `cn_crash_forward` unblocks it to die.
static inline int cn_signal_install_crash(int sig, void (*handler)(int, siginfo_t *, void *), struct sigaction *previous) {
    struct sigaction act;
    memset(&act, 0, sizeof act);
    sigemptyset(&act.sa_mask);
    act.sa_sigaction = handler;
    act.sa_flags = SA_SIGINFO | SA_RESTART;
    return sigaction(sig, &act, previous);
}

// Ends the process with `sig` after the tty was restored (async-signal-safe calls only).
// A real fault (sent by the kernel, or raised by this process: abort, a trap) is first handed
// to the previous handler, e.g. Swift's backtracer, so it is still reported; a `kill` from
// outside is not. Whatever that handler does, the signal is then re-raised under SIG_DFL and
// unblocked, so the process dies of it: status 128 + sig, a core where enabled. Returning
// instead would resume the process with nothing on screen (an external kill faults nowhere).
static inline void cn_crash_forward(int sig, siginfo_t *info, void *context, const struct sigaction *previous) {
    int genuine = info != NULL && (info->si_code > 0 || info->si_pid == getpid());
    if (genuine && previous != NULL) {
        if (previous->sa_flags & SA_SIGINFO) {
            if (previous->sa_sigaction != NULL) previous->sa_sigaction(sig, info, context);
        } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN) {
            previous->sa_handler(sig);
        }
    }
    struct sigaction act;
    memset(&act, 0, sizeof act);
    sigemptyset(&act.sa_mask);
    act.sa_handler = SIG_DFL;
    sigaction(sig, &act, NULL);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, sig);
    pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
    raise(sig);
    _exit(128 + sig); // not reached: the default action of every crash signal ends the process
}

static inline int cn_signal_restore(int sig, const struct sigaction *previous) {
    return sigaction(sig, previous, NULL);
}

static inline int cn_signal_ignore(int sig) {
    struct sigaction act;
    memset(&act, 0, sizeof act);
    sigemptyset(&act.sa_mask);
    act.sa_handler = SIG_IGN;
    return sigaction(sig, &act, NULL);
}

// Signal-safe flag cells: plain loads/stores could be cached by the optimizer across the loop.
static inline void cn_flag_store(volatile int *cell, int value) { __atomic_store_n(cell, value, __ATOMIC_SEQ_CST); }
static inline int cn_flag_load(volatile int *cell) { return __atomic_load_n(cell, __ATOMIC_SEQ_CST); }
static inline int cn_flag_exchange(volatile int *cell, int value) { return __atomic_exchange_n(cell, value, __ATOMIC_SEQ_CST); }

// --- Waking the input wait (the self-pipe trick) ---
//
// A signal handler writes one byte to a pipe that the input wait polls beside the tty. A flag
// alone is racy: a signal landing after the loop checked its flags but before it blocked would
// be noticed only at the next key. The byte stays in the pipe until the wait drains it.

// Opens the pipe, both ends non-blocking and close-on-exec. Returns 0 on success.
static inline int cn_wake_pipe_open(int fds[2]) {
    if (pipe(fds) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
        fcntl(fds[i], F_SETFD, FD_CLOEXEC);
    }
    return 0;
}

// From a signal handler: one byte into the pipe (a full pipe already means "wake up").
// errno is kept, as the interrupted code may be about to read it.
static inline void cn_wake(int fd) {
    if (fd < 0) return;
    int saved = errno;
    char byte = 1;
    ssize_t ignored = write(fd, &byte, 1);
    (void)ignored;
    errno = saved;
}

// Waits up to `timeout_ms` (negative: forever) until `tty` is readable or a byte arrives on
// `wake`; drains `wake`. Returns 1 when the tty is readable (or hung up), 0 otherwise.
static inline int cn_wait_input(int tty, int wake, int timeout_ms) {
    struct pollfd fds[2] = {{tty, POLLIN, 0}, {wake, POLLIN, 0}};
    int count = poll(fds, wake >= 0 ? 2 : 1, timeout_ms);
    if (count <= 0) return 0;
    if (wake >= 0 && (fds[1].revents & POLLIN)) {
        char sink[64];
        while (read(wake, sink, sizeof sink) > 0) {}
    }
    return (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0;
}

// The tty's size in cells from the kernel; 0 on success.
static inline int cn_tty_size(int fd, int *rows, int *cols) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 0;
}

// Last-resort restore from a signal handler: only async-signal-safe calls (tcsetattr, write).
static inline void cn_emergency_restore(const struct termios *shell, const char *bytes, size_t count) {
    if (shell != NULL) tcsetattr(STDIN_FILENO, TCSANOW, shell);
    while (count > 0) {
        ssize_t n = write(STDOUT_FILENO, bytes, count);
        if (n <= 0) break;
        bytes += n;
        count -= (size_t)n;
    }
}

#endif
