#ifndef CARECOACH_CLIBEDIT_SHIM_H
#define CARECOACH_CLIBEDIT_SHIM_H

/* Swift cannot call C variadic functions, and Swift 6 rejects the C stdio globals.
   These small wrappers give Swift fixed-signature entry points into libedit. */

#include <stdio.h>
#include <histedit.h>
#include <locale.h>
#include <signal.h>
#include <termios.h>
#include <sys/ioctl.h>
#include <unistd.h>

static inline FILE *cc_stdin(void) { return stdin; }
static inline FILE *cc_stdout(void) { return stdout; }
static inline FILE *cc_stderr(void) { return stderr; }

typedef const char *(*cc_prompt_fn)(EditLine *);
typedef unsigned char (*cc_command_fn)(EditLine *, int);

static inline int cc_el_set_prompt(EditLine *el, cc_prompt_fn fn) { return el_set(el, EL_PROMPT, fn); }
static inline int cc_el_set_prompt_esc(EditLine *el, cc_prompt_fn fn, char esc) {
  return el_set(el, EL_PROMPT_ESC, fn, esc);
}
static inline int cc_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int cc_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int cc_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int cc_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *cc_el_get_clientdata(EditLine *el) {
  void *data = NULL;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}
static inline int cc_el_add_function(EditLine *el, const char *name, const char *help, cc_command_fn fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int cc_el_bind(EditLine *el, const char *key, const char *command) {
  return el_set(el, EL_BIND, key, command, NULL);
}
static inline int cc_el_unbind_emacs(EditLine *el) { return el_set(el, EL_BIND, "-e", NULL); }

static inline int cc_history_setsize(History *h, int size) {
  HistEvent ev;
  return history(h, &ev, H_SETSIZE, size);
}
static inline int cc_history_setunique(History *h, int unique) {
  HistEvent ev;
  return history(h, &ev, H_SETUNIQUE, unique);
}
static inline int cc_history_enter(History *h, const char *line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}
static inline int cc_history_load(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_LOAD, path);
}
static inline int cc_history_save(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_SAVE, path);
}
static inline int cc_history_clear(History *h) {
  HistEvent ev;
  return history(h, &ev, H_CLEAR);
}
static inline int cc_history_count(History *h) {
  HistEvent ev;
  if (history(h, &ev, H_GETSIZE) < 0) return 0;
  return ev.num;
}

static inline int cc_terminal_columns(int fd) {
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 0;
}

static inline int cc_terminal_rows(int fd) {
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0) return ws.ws_row;
  return 0;
}


/* ---- Additions for the console: line info, locale, and terminal restoring on signals. ---- */

#include <errno.h>
#include <string.h>
#include <stdlib.h>

static inline const LineInfo *cc_el_line(EditLine *el) { return el_line(el); }
static inline int cc_el_insertstr(EditLine *el, const char *text) { return el_insertstr(el, text); }
static inline void cc_el_deletestr(EditLine *el, int count) { el_deletestr(el, count); }

/* libedit decodes multibyte input through the C library, so the character type must be UTF-8
   or every non-ASCII key press is silently dropped. Returns 1 when a UTF-8 locale is active. */
static inline int cc_use_utf8_ctype(void) {
  const char *name = setlocale(LC_CTYPE, "");
  if (name == NULL || strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0) {
    name = setlocale(LC_CTYPE, "C.UTF-8");
  }
  return name != NULL;
}

/* Signal handlers may only touch async-signal-safe state, so what they need lives here in C
   rather than in Swift objects. Every Swift file that calls these wrappers gets its own copy
   of them, so the state is a weak definition with an initialiser: the linker keeps exactly one,
   shared by all copies. */
__attribute__((weak)) struct termios cc_saved_termios = {.c_iflag = 0};
__attribute__((weak)) volatile sig_atomic_t cc_saved_termios_fd = -1;
__attribute__((weak)) volatile sig_atomic_t cc_interrupt_count = 0;
__attribute__((weak)) volatile sig_atomic_t cc_resize_count = 0;
__attribute__((weak)) volatile sig_atomic_t cc_restoring_installed = 0;

/* Remembers the terminal's settings as they were before any editing, so every way out can put
   them back. Returns 0 when fd is not a terminal. */
static inline int cc_save_terminal(int fd) {
  if (tcgetattr(fd, &cc_saved_termios) != 0) return 0;
  cc_saved_termios_fd = fd;
  return 1;
}

static inline void cc_restore_terminal(void) {
  int fd = cc_saved_termios_fd;
  if (fd >= 0) tcsetattr(fd, TCSANOW, &cc_saved_termios);
}

static void cc_restore_and_reraise(int signo) {
  cc_restore_terminal();
  signal(signo, SIG_DFL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, signo);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
  raise(signo);
}

static void cc_note_interrupt(int signo) {
  (void)signo;
  cc_interrupt_count = cc_interrupt_count + 1;
}

static void cc_note_resize(int signo) {
  (void)signo;
  cc_resize_count = cc_resize_count + 1;
}

static void cc_restore_at_exit(void) { cc_restore_terminal(); }

/* Ending signals put the terminal back, then end the program the way the signal meant to. */
static inline void cc_install_restoring_handlers(void) {
  if (cc_restoring_installed) return;
  cc_restoring_installed = 1;
  int ending[] = {SIGTERM, SIGHUP, SIGQUIT};
  for (unsigned i = 0; i < sizeof ending / sizeof ending[0]; i++) {
    struct sigaction old;
    if (sigaction(ending[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cc_restore_and_reraise;
    sigemptyset(&action.sa_mask);
    sigaction(ending[i], &action, NULL);
  }
  struct sigaction resize;
  memset(&resize, 0, sizeof resize);
  resize.sa_handler = cc_note_resize;
  resize.sa_flags = SA_RESTART;
  sigemptyset(&resize.sa_mask);
  sigaction(SIGWINCH, &resize, NULL);
  atexit(cc_restore_at_exit);
}

/* While a line is read, Ctrl-C must clear the line rather than end the program. libedit
   passes the signal on to whatever handler was installed before it, so this one only counts. */
static inline void cc_catch_interrupts(struct sigaction *previous) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = cc_note_interrupt;
  action.sa_flags = SA_RESTART;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, previous);
}

static inline void cc_release_interrupts(const struct sigaction *previous) {
  sigaction(SIGINT, previous, NULL);
}

static inline int cc_interrupts_seen(void) { return cc_interrupt_count; }
static inline int cc_resizes_seen(void) { return cc_resize_count; }

/* ---- Reading with an idle limit, for the kiosk. ----
   libedit reads each key through a function it can be given. This one waits for a key at most
   cc_idle_limit_ms (no limit when negative), so a person who walks away mid-line is noticed.
   A wait that runs out, or a signal other than a window resize, ends el_gets; the flags below
   say which, because libedit reports both as "no line". */

#include <poll.h>
#include <wchar.h>
#include <sys/resource.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <sys/prctl.h>
#endif

__attribute__((weak)) volatile int cc_idle_limit_ms = -1;
__attribute__((weak)) volatile sig_atomic_t cc_idle_expired = 0;
__attribute__((weak)) volatile sig_atomic_t cc_read_signalled = 0;

#define CC_KIOSK_LINE_LIMIT 2000

static int cc_timed_read_char(EditLine *el, wchar_t *wc) {
  mbstate_t state;
  memset(&state, 0, sizeof state);
  int partial = 0;
  for (;;) {
    int resizes = cc_resize_count;
    /* libedit echoes through stdio; what it wrote must be on the screen before waiting. */
    fflush(stdout);
    if (cc_idle_limit_ms >= 0 && !partial) {
      struct pollfd wanted = {.fd = 0, .events = POLLIN, .revents = 0};
      int ready = poll(&wanted, 1, cc_idle_limit_ms);
      if (ready == 0) {
        cc_idle_expired = 1;
        *wc = 0;
        return 0;
      }
      if (ready < 0) {
        if (errno == EINTR && cc_resize_count != resizes) continue;
        if (errno == EINTR) cc_read_signalled = 1;
        *wc = 0;
        return -1;
      }
    }
    unsigned char byte;
    ssize_t count = read(0, &byte, 1);
    if (count == 0) {
      *wc = 0;
      return 0;
    }
    if (count < 0) {
      if (errno == EINTR && cc_resize_count != resizes) continue;
      if (errno == EINTR) cc_read_signalled = 1;
      *wc = 0;
      return -1;
    }
    size_t used = mbrtowc(wc, (const char *)&byte, 1, &state);
    if (used == (size_t)-2) {
      partial = 1;
      continue;
    }
    if (used == (size_t)-1) {
      /* Not UTF-8: keep the key as a replacement character rather than drop it. */
      *wc = 0xFFFD;
    }
    /* A shared terminal takes answers, not documents: past the limit, printable keys are
       dropped (editing keys and Enter still work), so a pasted flood cannot stall it while
       libedit redraws an ever longer line. */
    const LineInfo *line = el_line(el);
    if (line != NULL && line->lastchar - line->buffer >= CC_KIOSK_LINE_LIMIT && *wc >= 0x20
        && *wc != 0x7F) {
      memset(&state, 0, sizeof state);
      partial = 0;
      continue;
    }
    return 1;
  }
}

/* Swift 6 may not touch C globals directly; these are its way in. */
static inline void cc_begin_timed_read(int limit_ms) {
  cc_idle_expired = 0;
  cc_read_signalled = 0;
  cc_idle_limit_ms = limit_ms;
}
static inline int cc_idle_limit_reached(void) { return cc_idle_expired; }
static inline int cc_read_was_signalled(void) { return cc_read_signalled; }
static inline void cc_end_timed_read(void) { cc_idle_limit_ms = -1; }

static inline int cc_el_use_timed_reads(EditLine *el) {
  return el_set(el, EL_GETCFN, (el_rfunc_t)cc_timed_read_char);
}

/* Waits up to ms for input on fd 0: 1 ready, 0 timed out, -1 interrupted or failed. */
static inline int cc_wait_for_input(int ms) {
  struct pollfd wanted = {.fd = 0, .events = POLLIN, .revents = 0};
  int ready = poll(&wanted, 1, ms);
  return ready > 0 ? 1 : ready;
}

/* Clears the screen and its scrollback when standard output is a terminal. Output stopped
   with Ctrl-S (XOFF) is started again first, or the clearing would wait behind it. Only
   async-signal-safe calls, so the signal handlers below can use it. */
static inline void cc_kiosk_clear_screen(void) {
  static const char clear[] = "\033[0m\033[H\033[2J\033[3J";
  struct termios settings;
  if (tcgetattr(1, &settings) != 0) return;
  tcflow(1, TCOON);
  ssize_t ignored = write(1, clear, sizeof clear - 1);
  (void)ignored;
}

/* In a kiosk no key may stop or suspend the program; staff stop it with the admin PIN or the
   service manager. SIGTERM and SIGHUP clear the screen (and its scrollback) before ending, so
   the person at the keyboard leaves nothing behind, and put the terminal back. */
static void cc_kiosk_end(int signo) {
  (void)signo;
  cc_kiosk_clear_screen();
  cc_restore_terminal();
  _exit(0);
}

/* The exit status of a kiosk that crashed: EX_SOFTWARE, so the service manager restarts it. */
#define CC_KIOSK_CRASH_STATUS 70

/* A crash at a kiosk must not leave the person's answers on the screen, nor offer whoever
   comes next the Swift runtime's interactive crash prompt and its debugger. So a crash
   clears the screen and scrollback, puts the terminal back and ends at once, with nothing
   but async-signal-safe calls: the program's state cannot be trusted any more. */
static void cc_kiosk_crash(int signo) {
  (void)signo;
  cc_kiosk_clear_screen();
  cc_restore_terminal();
  _exit(CC_KIOSK_CRASH_STATUS);
}

/* A stack overflow is a SIGSEGV with no stack left to run a handler on; this one is spare. */
__attribute__((weak)) char cc_kiosk_crash_stack[1 << 16] = {0};

/* Called once at the kiosk's start, before anything about a person is in memory: crashes end
   as cc_kiosk_crash says, and the process can leave no core dump (a core would hold the
   person's answers) and cannot be read by a debugger attaching as the same user. Returns 1
   when core dumps are off. */
static inline int cc_kiosk_guard_crashes(void) {
  stack_t spare;
  memset(&spare, 0, sizeof spare);
  spare.ss_sp = cc_kiosk_crash_stack;
  spare.ss_size = sizeof cc_kiosk_crash_stack;
  sigaltstack(&spare, NULL);
  int crashes[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT};
  for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cc_kiosk_crash;
    /* A fault inside the handler itself then ends the program the default way. */
    action.sa_flags = SA_ONSTACK | SA_RESETHAND;
    sigfillset(&action.sa_mask);
    sigaction(crashes[i], &action, NULL);
  }
#if defined(__GLIBC__)
  /* Freed memory is overwritten, so the answers of one person do not linger in the heap
     through the next person's session. (glibc skips this for blocks it keeps in its
     per-thread cache; the systemd unit turns that cache off with GLIBC_TUNABLES.) */
  mallopt(M_PERTURB, 0xA5);
#endif
  struct rlimit none = {.rlim_cur = 0, .rlim_max = 0};
  int off = setrlimit(RLIMIT_CORE, &none) == 0;
#if defined(__linux__)
  if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) off = 0;
#endif
  return off;
}

/* Ctrl-S (XOFF) would stop the terminal's output until Ctrl-Q, so a person who pressed it and
   walked away would leave their answers on the screen however often the kiosk cleared it.
   Flow control is turned off on the terminal itself (for reads outside libedit, such as the
   PIN) and in both of libedit's modes, which it would otherwise set back. */
static inline int cc_no_flow_control(int fd) {
  struct termios settings;
  if (tcgetattr(fd, &settings) != 0) return 0;
  settings.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
  tcflow(fd, TCOON);
  return tcsetattr(fd, TCSANOW, &settings) == 0;
}

static inline int cc_el_no_flow_control(EditLine *el) {
  int edit = el_set(el, EL_SETTY, "-d", "-ixon", (const char *)NULL);
  int cooked = el_set(el, EL_SETTY, "-x", "-ixon", (const char *)NULL);
  return edit == 0 && cooked == 0;
}

/* Throws away keys typed but not yet read, such as half a PIN left when its wait ran out, so
   they cannot turn up in the next read. */
static inline void cc_discard_typed_input(void) { tcflush(0, TCIFLUSH); }

static inline void cc_kiosk_signals(void) {
  /* SIGPIPE too: a printer command that ends before reading the whole plan is a failed
     printout, reported as one, not the end of the kiosk. */
  int ignored[] = {SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE};
  for (unsigned i = 0; i < sizeof ignored / sizeof ignored[0]; i++) signal(ignored[i], SIG_IGN);
  int ending[] = {SIGTERM, SIGHUP};
  for (unsigned i = 0; i < sizeof ending / sizeof ending[0]; i++) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cc_kiosk_end;
    sigemptyset(&action.sa_mask);
    sigaction(ending[i], &action, NULL);
  }
}

/* Echo off for a PIN, and back on. Returns 0 when fd 0 is not a terminal. */
static inline int cc_set_echo(int on) {
  struct termios settings;
  if (tcgetattr(0, &settings) != 0) return 0;
  if (on) settings.c_lflag |= ECHO; else settings.c_lflag &= ~(tcflag_t)ECHO;
  return tcsetattr(0, TCSANOW, &settings) == 0;
}

#endif
