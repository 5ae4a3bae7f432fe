#include "process_guards.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <termios.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <sys/prctl.h>
#endif

static struct termios saved_termios;
static volatile sig_atomic_t saved_termios_fd = -1;
static volatile sig_atomic_t restoring_installed = 0;

int cc_save_terminal(int fd) {
  if (tcgetattr(fd, &saved_termios) != 0) return 0;
  saved_termios_fd = fd;
  return 1;
}

void cc_restore_terminal(void) {
  int fd = saved_termios_fd;
  if (fd >= 0) tcsetattr(fd, TCSANOW, &saved_termios);
}

static void restore_and_reraise(int signo) {
  cc_restore_terminal();
  signal(signo, SIG_DFL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, signo);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
  raise(signo);
}

static void restore_at_exit(void) { cc_restore_terminal(); }

/* What handled each crash signal before (the Swift runtime's backtracer, or the default). */
static struct sigaction crash_previous[NSIG];

/* A crash (a Swift trap is SIGILL or SIGTRAP; abort, a bad access) must not leave the person's
   terminal in raw mode with no echo. The terminal is put back, then the signal goes to whatever
   handled it before, so the runtime still prints its backtrace, and the program dies of it.
   A fault happens again as soon as this returns, so it only needs the old handler back. A
   signal raised or sent (abort, kill) does not come again: the old handler is called here, and
   the program then ends the way the signal means to, since a backtracer returns expecting the
   fault to come back. */
static void restore_then_crash(int signo, siginfo_t *info, void *context) {
  cc_restore_terminal();
  if (signo <= 0 || signo >= NSIG) return;
  struct sigaction *previous = &crash_previous[signo];
  if (info != NULL && info->si_code > 0) {
    sigaction(signo, previous, NULL);
    return;
  }
  if ((previous->sa_flags & SA_SIGINFO) && previous->sa_sigaction != NULL) {
    previous->sa_sigaction(signo, info, context);
  } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN) {
    previous->sa_handler(signo);
  }
  restore_and_reraise(signo);
}

void cc_install_restoring_handlers(void) {
  if (restoring_installed) return;
  restoring_installed = 1;
  int ending[] = {SIGTERM, SIGHUP, SIGQUIT};
  for (unsigned i = 0; i < sizeof ending / sizeof ending[0]; i++) {
    struct sigaction old;
    if (sigaction(ending[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = restore_and_reraise;
    sigemptyset(&action.sa_mask);
    sigaction(ending[i], &action, NULL);
  }
  int crashes[] = {SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV};
  for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) {
    struct sigaction *previous = &crash_previous[crashes[i]];
    if (sigaction(crashes[i], NULL, previous) != 0 || previous->sa_handler == SIG_IGN) continue;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = restore_then_crash;
    /* On the alternate stack when the runtime set one up, so a stack overflow is caught too. */
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    sigaction(crashes[i], &action, NULL);
  }
  atexit(restore_at_exit);
}

void cc_kiosk_clear_screen(void) {
  static const char clear[] = "\033[0m\033[H\033[2J\033[3J";
  struct termios settings;
  if (tcgetattr(1, &settings) != 0) return;
  tcflow(1, TCOON);
  ssize_t ignored = write(1, clear, sizeof clear - 1);
  (void)ignored;
}

/* The programs the kiosk started and has not yet seen end (a printer command, a staff alert),
   so that ending the kiosk ends them too. Only these: never the process group, which holds
   whatever shell or wrapper started the kiosk. Slots hold 0 when free. */
#define KIOSK_CHILD_SLOTS 16
static volatile sig_atomic_t kiosk_children[KIOSK_CHILD_SLOTS];

void cc_kiosk_track_child(int pid) {
  for (unsigned i = 0; i < KIOSK_CHILD_SLOTS; i++) {
    if (kiosk_children[i] == 0) {
      kiosk_children[i] = pid;
      return;
    }
  }
}

void cc_kiosk_untrack_child(int pid) {
  for (unsigned i = 0; i < KIOSK_CHILD_SLOTS; i++) {
    if (kiosk_children[i] == pid) kiosk_children[i] = 0;
  }
}

/* SIGTERM and SIGHUP clear the screen (and its scrollback) before ending, so the person at the
   keyboard leaves nothing behind, put the terminal back, and pass the signal on to the
   programs the kiosk started, and to no other process. */
static void kiosk_end(int signo) {
  for (unsigned i = 0; i < KIOSK_CHILD_SLOTS; i++) {
    pid_t child = kiosk_children[i];
    if (child > 0) kill(child, signo);
  }
  cc_kiosk_clear_screen();
  cc_restore_terminal();
  _exit(0);
}

/* A crash at a kiosk must not leave the person's answers on the screen, nor offer whoever
   comes next the Swift runtime's interactive crash prompt and its debugger. So a crash
   clears the screen and scrollback, puts the terminal back and ends at once, with nothing
   but async-signal-safe calls: the program's state cannot be trusted any more. */
static void kiosk_crash(int signo) {
  (void)signo;
  cc_kiosk_clear_screen();
  cc_restore_terminal();
  _exit(CC_KIOSK_CRASH_STATUS);
}

/* A stack overflow is a SIGSEGV with no stack left to run a handler on; this one is spare. */
static char kiosk_crash_stack[1 << 16];

int cc_kiosk_guard_crashes(void) {
  stack_t spare;
  memset(&spare, 0, sizeof spare);
  spare.ss_sp = kiosk_crash_stack;
  spare.ss_size = sizeof kiosk_crash_stack;
  sigaltstack(&spare, NULL);
  int crashes[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT};
  for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = kiosk_crash;
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
   This turns it off for reads outside libedit, such as the PIN; the line editor turns it off
   in its own modes. */
int cc_no_flow_control(int fd) {
  struct termios settings;
  if (tcgetattr(fd, &settings) != 0) return 0;
  settings.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
  tcflow(fd, TCOON);
  return tcsetattr(fd, TCSANOW, &settings) == 0;
}

void cc_kiosk_signals(void) {
  /* SIGPIPE too: a printer command that ends before reading the whole plan is a failed
     printout, reported as one, not the end of the kiosk. */
  int ignored[] = {SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE};
  for (unsigned i = 0; i < sizeof ignored / sizeof ignored[0]; i++) signal(ignored[i], SIG_IGN);
  int ending[] = {SIGTERM, SIGHUP};
  for (unsigned i = 0; i < sizeof ending / sizeof ending[0]; i++) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = kiosk_end;
    sigemptyset(&action.sa_mask);
    sigaction(ending[i], &action, NULL);
  }
}

void cc_unbuffered_stdout(void) { setvbuf(stdout, NULL, _IONBF, 0); }
