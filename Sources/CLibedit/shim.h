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

#endif
