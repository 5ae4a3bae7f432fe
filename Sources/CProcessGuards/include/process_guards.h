#ifndef CARECOACH_PROCESS_GUARDS_H
#define CARECOACH_PROCESS_GUARDS_H

/* What keeps the person's terminal and answers safe however the process ends: the terminal
   put back on every way out, crash handlers, and the kiosk's guards (no core dumps, freed
   memory overwritten, no key that stops or suspends it). Signal handlers may only touch
   async-signal-safe state, so this lives in C rather than in Swift objects. */

/* Remembers the terminal's settings as they were before any editing, so every way out can put
   them back. Returns 0 when fd is not a terminal. */
int cc_save_terminal(int fd);

/* Puts back what cc_save_terminal remembered; does nothing when it remembered nothing. */
void cc_restore_terminal(void);

/* Ending signals (SIGTERM, SIGHUP, SIGQUIT) and crashes put the terminal back, then end the
   program the way the signal meant to; so does exit. Calling it again does nothing. */
void cc_install_restoring_handlers(void);

/* Clears the screen and its scrollback when standard output is a terminal, starting output
   stopped with Ctrl-S first. Only async-signal-safe calls. */
void cc_kiosk_clear_screen(void);

/* The exit status of a kiosk that crashed: EX_SOFTWARE, so the service manager restarts it. */
#define CC_KIOSK_CRASH_STATUS 70

/* Called once at the kiosk's start, before anything about a person is in memory: a crash
   clears the screen and ends at once, freed memory is overwritten, and the process leaves no
   core dump and cannot be attached to. Returns 1 when core dumps are off. */
int cc_kiosk_guard_crashes(void);

/* Standard output with no stdio buffer: a buffer would keep the tail of the longest text
   written, such as a person's plan, in memory through the next person's session. */
void cc_unbuffered_stdout(void);

/* No key may stop or suspend a kiosk; SIGTERM and SIGHUP clear the screen before ending. */
void cc_kiosk_signals(void);

/* Remembers a program the kiosk started, so that SIGTERM or SIGHUP to the kiosk is passed on
   to it (and only to the programs remembered), and forgets it once it has ended. */
void cc_kiosk_track_child(int pid);
void cc_kiosk_untrack_child(int pid);

/* Turns off flow control (Ctrl-S, Ctrl-Q) on the terminal fd. Returns 1 when it could. */
int cc_no_flow_control(int fd);

#endif
