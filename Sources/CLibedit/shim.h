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
/* The oldest line, then each newer one in turn; NULL when there are no more. The strings are
   libedit's own, good until the history is next changed. */
static inline const char *cc_history_oldest(History *h) {
  HistEvent ev;
  return history(h, &ev, H_LAST) < 0 ? NULL : ev.str;
}
static inline const char *cc_history_newer(History *h) {
  HistEvent ev;
  return history(h, &ev, H_PREV) < 0 ? NULL : ev.str;
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


/* ---- Additions for the console: line info, locale, and what Ctrl-C and resizes do to a read.
   Putting the terminal back on signals and crashes is CProcessGuards' job. ---- */

#include <errno.h>
#include <fcntl.h>
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
__attribute__((weak)) volatile sig_atomic_t cc_interrupt_count = 0;
__attribute__((weak)) volatile sig_atomic_t cc_resize_count = 0;

/* A pipe the SIGINT handler writes a byte to, so a read waiting for a key wakes up whichever
   thread the kernel ran the handler on (see cc_read_keys). Both ends are non-blocking. */
__attribute__((weak)) volatile sig_atomic_t cc_wake_read_fd = -1;
__attribute__((weak)) volatile sig_atomic_t cc_wake_write_fd = -1;

static void cc_note_interrupt(int signo) {
  (void)signo;
  int saved = errno;
  cc_interrupt_count = cc_interrupt_count + 1;
  int fd = cc_wake_write_fd;
  if (fd >= 0) {
    ssize_t ignored = write(fd, "!", 1);
    (void)ignored;
  }
  errno = saved;
}

static void cc_note_resize(int signo) {
  (void)signo;
  cc_resize_count = cc_resize_count + 1;
}

/* Counts window resizes, so a width measured once can be trusted until the next one. */
static inline void cc_count_resizes(void) {
  struct sigaction resize;
  memset(&resize, 0, sizeof resize);
  resize.sa_handler = cc_note_resize;
  resize.sa_flags = SA_RESTART;
  sigemptyset(&resize.sa_mask);
  sigaction(SIGWINCH, &resize, NULL);
}

/* The interrupt count when the current read began: a Ctrl-C counted since then ends the read,
   however early it came (see cc_read_keys). */
__attribute__((weak)) volatile sig_atomic_t cc_interrupts_at_start = 0;

/* While a line is read, Ctrl-C must clear the line rather than end the program. libedit
   passes the signal on to whatever handler was installed before it, so this one only counts.
   SA_RESTART stays: the wait for a key is woken through a pipe, not by EINTR (see
   cc_read_keys), and output written while a Ctrl-C lands should not be cut short. */
static inline void cc_catch_interrupts(struct sigaction *previous) {
  if (cc_wake_read_fd < 0) {
    int ends[2];
    if (pipe(ends) == 0) {
      for (int i = 0; i < 2; i++) {
        fcntl(ends[i], F_SETFL, fcntl(ends[i], F_GETFL) | O_NONBLOCK);
        fcntl(ends[i], F_SETFD, FD_CLOEXEC);
      }
      cc_wake_read_fd = ends[0];
      cc_wake_write_fd = ends[1];
    }
  }
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = cc_note_interrupt;
  action.sa_flags = SA_RESTART;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, previous);
  cc_interrupts_at_start = cc_interrupt_count;
}

static inline void cc_release_interrupts(const struct sigaction *previous) {
  sigaction(SIGINT, previous, NULL);
}

static inline int cc_interrupts_seen(void) { return cc_interrupt_count; }
static inline int cc_resizes_seen(void) { return cc_resize_count; }

/* ---- Reading keys. ----
   libedit reads each key through a function it can be given (EL_GETCFN); CareCoach gives it
   cc_read_char in every mode, because libedit's own reading
   - blocks in read() even when a Ctrl-C was counted just before it got there, so that Ctrl-C
     is noticed only after the next Enter, and the line typed meanwhile is thrown away;
   - cannot stop waiting after a time, which the kiosk needs to notice a person who walked away
     in the middle of a line;
   - keeps a combining mark as a character of its own, so editing splits it from its letter.
   The plain reader (no line editor) reads through cc_read_keys too, for the same Ctrl-C. */

#include <poll.h>
#include <wchar.h>

enum {
  CC_READ_END = 0,
  CC_READ_INTERRUPTED = -1,
  CC_READ_SIGNALLED = -2,
  CC_READ_FAILED = -3,
  CC_READ_TIMED_OUT = -4,
};

__attribute__((weak)) volatile int cc_idle_limit_ms = -1;
__attribute__((weak)) volatile int cc_kiosk_reads = 0;
__attribute__((weak)) volatile sig_atomic_t cc_idle_expired = 0;
__attribute__((weak)) volatile sig_atomic_t cc_read_signalled = 0;

/* Reads what fd has, up to capacity bytes, once there is something. Returns the count, or
   CC_READ_END at the end of input, CC_READ_INTERRUPTED when a Ctrl-C was counted since the read
   began, CC_READ_TIMED_OUT after limit_ms (no limit when negative), CC_READ_SIGNALLED for any
   other signal but a resize when cc_kiosk_reads is set, CC_READ_FAILED on an error.

   A Ctrl-C must end the wait however it lands. Checking the count and then blocking in read()
   leaves a gap, and the kernel may run the handler on any thread (the engine builds its indexes
   on another), where it interrupts nothing. So the wait is a poll on the terminal and on the
   handler's wake-up pipe: a Ctrl-C after the count is checked leaves a byte in the pipe, and
   poll returns at once. The terminal is set to keep its input when a Ctrl-C comes (NOFLSH), so
   a byte poll has seen is still there to read. */
static inline long cc_read_keys(int fd, unsigned char *buffer, size_t capacity, int limit_ms) {
  for (;;) {
    if (cc_interrupt_count != cc_interrupts_at_start) return CC_READ_INTERRUPTED;
    int resizes = cc_resize_count;
    int wake = cc_wake_read_fd;
    struct pollfd wanted[2] = {
        {.fd = fd, .events = POLLIN, .revents = 0},
        {.fd = wake, .events = POLLIN, .revents = 0},
    };
    int ready = poll(wanted, wake >= 0 ? 2 : 1, limit_ms);
    if (ready == 0) return CC_READ_TIMED_OUT;
    if (ready < 0) {
      if (errno != EINTR) return CC_READ_FAILED;
      /* A resize, or a stop and continue (Ctrl-Z, fg), is no reason to give up the line. */
      if (cc_interrupt_count == cc_interrupts_at_start && cc_kiosk_reads
          && cc_resize_count == resizes) {
        return CC_READ_SIGNALLED;
      }
      continue;
    }
    if (wanted[1].revents & POLLIN) {
      /* Emptied; the count, checked above, says whether this read was interrupted. */
      unsigned char drained[64];
      while (read(wake, drained, sizeof drained) > 0) continue;
      continue;
    }
    ssize_t count = read(fd, buffer, capacity);
    if (count < 0 && errno == EINTR) continue;
    return count < 0 ? CC_READ_FAILED : (long)count;
  }
}

/* NFC for a letter and the mark typed after it; 0 when they have no single precomposed form.
   Set from Swift, which has the Unicode tables. */
typedef wchar_t (*cc_compose_fn)(wchar_t base, wchar_t mark);
__attribute__((weak)) cc_compose_fn cc_compose = 0;
static inline void cc_set_compose(cc_compose_fn compose) { cc_compose = compose; }

/* A combining mark that makes one precomposed character with the character before the cursor
   (e then U+0301 is é) replaces that character, so editing, deleting and redrawing treat the
   pair as the one letter it is. The key handed to libedit becomes Delete-previous-character
   (bound in LineEditor), and the composed character is queued to come straight after it: both
   go through libedit's own commands, so its idea of the screen stays right. */
static inline void cc_compose_with_previous(EditLine *el, wchar_t *wc) {
  if (cc_compose == 0 || *wc < 0x300 || wcwidth(*wc) != 0) return;
  const LineInfoW *line = el_wline(el);
  if (line == NULL || line->cursor <= line->buffer) return;
  wchar_t composed = cc_compose(line->cursor[-1], *wc);
  if (composed == 0) return;
  wchar_t queued[2] = {composed, 0};
  el_wpush(el, queued);
  *wc = 0x7F;
}

#define CC_KIOSK_LINE_LIMIT 2001

static int cc_read_char(EditLine *el, wchar_t *wc) {
  mbstate_t state;
  memset(&state, 0, sizeof state);
  int partial = 0;
  for (;;) {
    /* libedit echoes through stdio; what it wrote must be on the screen before waiting. */
    fflush(stdout);
    unsigned char byte;
    long count = cc_read_keys(0, &byte, 1, partial ? -1 : cc_idle_limit_ms);
    if (count == CC_READ_TIMED_OUT) {
      cc_idle_expired = 1;
      *wc = 0;
      return 0;
    }
    if (count == CC_READ_END) {
      *wc = 0;
      return 0;
    }
    if (count < 0) {
      if (count == CC_READ_SIGNALLED) cc_read_signalled = 1;
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
       libedit redraws an ever longer line. The limit is one more than the longest answer kept
       (AnswerLength in Swift), so the kiosk still sees the line was too long and says so. */
    const LineInfoW *line = cc_kiosk_reads ? el_wline(el) : NULL;
    if (line != NULL && line->lastchar - line->buffer >= CC_KIOSK_LINE_LIMIT && *wc >= 0x20
        && *wc != 0x7F) {
      memset(&state, 0, sizeof state);
      partial = 0;
      continue;
    }
    cc_compose_with_previous(el, wc);
    return 1;
  }
}

/* Swift 6 may not touch C globals directly; these are its way in. */
static inline void cc_begin_read(int limit_ms, int kiosk) {
  cc_idle_expired = 0;
  cc_read_signalled = 0;
  cc_kiosk_reads = kiosk;
  cc_idle_limit_ms = limit_ms;
}
static inline int cc_idle_limit_reached(void) { return cc_idle_expired; }
static inline int cc_read_was_signalled(void) { return cc_read_signalled; }
static inline void cc_end_read(void) {
  cc_idle_limit_ms = -1;
  cc_kiosk_reads = 0;
}

static inline int cc_el_use_key_reader(EditLine *el) {
  return el_set(el, EL_GETCFN, (el_rfunc_t)cc_read_char);
}

/* libedit prints the prompt before it switches the terminal to its own mode, so keys pressed
   as the prompt appears would be handled by the terminal's line discipline: a Ctrl-C echoed as
   ^C, a Ctrl-D lost. Switching first (libedit's own raw mode, as it would set it) closes that
   gap; el_gets puts the terminal back when it returns. */
static inline int cc_el_prepare_terminal(EditLine *el) { return el_set(el, EL_PREP_TERM, 1); }

/* Keeps typed keys in the terminal when a Ctrl-C comes (see cc_read_keys); libedit clears its
   own line for the interrupt. */
static inline int cc_el_keep_input_on_interrupt(EditLine *el) {
  return el_set(el, EL_SETTY, "-d", "+noflsh", NULL);
}

/* The terminal's own line mode, for reading with no line editor (--plain, NO_COLOR): the
   kernel does erase, kill and word erase, and echoes without escape codes. Only what that
   needs is changed from the person's settings; NOFLSH for cc_read_keys (the reader drops the
   line itself on a Ctrl-C), IUTF8 so erase takes back a whole UTF-8 character. */
static inline int cc_use_line_mode(int fd) {
  struct termios settings;
  if (tcgetattr(fd, &settings) != 0) return 0;
  settings.c_lflag |= ICANON | ECHO | ISIG | NOFLSH;
#ifdef IUTF8
  settings.c_iflag |= IUTF8;
#endif
  return tcsetattr(fd, TCSANOW, &settings) == 0;
}

/* Drops whatever was typed and not yet read, for a Ctrl-C in line mode. */
static inline void cc_discard_typed(int fd) { tcflush(fd, TCIFLUSH); }

/* Waits up to ms for input on fd 0: 1 ready, 0 timed out, -1 interrupted or failed. */
static inline int cc_wait_for_input(int ms) {
  struct pollfd wanted = {.fd = 0, .events = POLLIN, .revents = 0};
  int ready = poll(&wanted, 1, ms);
  return ready > 0 ? 1 : ready;
}

/* Ctrl-S (XOFF) would stop the terminal's output until Ctrl-Q, so a kiosk's clearing would
   wait behind it. libedit sets flow control back in both of its modes unless told not to. */
static inline int cc_el_no_flow_control(EditLine *el) {
  int edit = el_set(el, EL_SETTY, "-d", "-ixon", (const char *)NULL);
  int cooked = el_set(el, EL_SETTY, "-x", "-ixon", (const char *)NULL);
  return edit == 0 && cooked == 0;
}

/* Throws away keys typed but not yet read, such as half a PIN left when its wait ran out, so
   they cannot turn up in the next read. */
static inline void cc_discard_typed_input(void) { tcflush(0, TCIFLUSH); }

/* Echo off for a PIN, and back on. Returns 0 when fd 0 is not a terminal. */
static inline int cc_set_echo(int on) {
  struct termios settings;
  if (tcgetattr(0, &settings) != 0) return 0;
  if (on) settings.c_lflag |= ECHO; else settings.c_lflag &= ~(tcflag_t)ECHO;
  return tcsetattr(0, TCSANOW, &settings) == 0;
}

#endif
