// Command unkg turns United Nations documents into a knowledge graph.
//
// Exit codes, the same for every command: 0 done; 1 some input failed (the
// rest was done); 2 usage error (unknown command or flag, invalid value,
// wrong arguments); 3 the command could not run at all (a store, rules or
// output error).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/spf13/cobra"
)

// Exit codes that scripts can rely on.
const (
	exitOK      = 0
	exitPartial = 1
	exitUsage   = 2
	exitFatal   = 3
)

// env is what a command reads and writes, so tests can run commands in-process.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// commands are unkg's commands. Each lives in its own file: a constructor
// that declares its flags and a body that runs it.
func commands(e env) []*cobra.Command {
	return []*cobra.Command{
		extractCmd(e),
		rulesCmd(e),
		ingestCmd(e),
		queryCmd(e),
		statsCmd(e),
		exportCmd(e),
		serveCmd(e),
		compactCmd(e),
		benchStoreCmd(e),
		benchCmd(e),
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, env{os.Stdin, os.Stdout, os.Stderr}, os.Args[1:])
	stop()
	os.Exit(code)
}

// exitCode is what a command's body returns through cobra to end with a code
// other than 0; the body has printed its messages.
type exitCode int

func (c exitCode) Error() string { return fmt.Sprintf("exit code %d", int(c)) }

// body adapts a command body, which prints its own messages and returns its
// exit code, to cobra.
func body(f func(ctx context.Context, args []string) int) func(*cobra.Command, []string) error {
	return func(c *cobra.Command, args []string) error {
		if code := f(c.Context(), args); code != exitOK {
			return exitCode(code)
		}
		return nil
	}
}

func newRoot(e env) *cobra.Command {
	root := &cobra.Command{
		Use:   "unkg",
		Short: "unkg turns United Nations documents into a knowledge graph",
		Long: "unkg turns United Nations documents into a knowledge graph.\n\n" +
			"Exit codes, for every command: 0 done, 1 some input failed (the rest was done),\n" +
			"2 usage error, 3 could not run (a store, rules or output error).",
		Version:       version(),
		SilenceErrors: true,
		SilenceUsage:  true,
		// No command: say how to use unkg, on stderr since it is an error.
		RunE: func(c *cobra.Command, args []string) error {
			c.SetOut(e.stderr)
			c.Usage()
			return exitCode(exitUsage)
		},
	}
	root.SetVersionTemplate("unkg {{.Version}}\n")
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.AddCommand(commands(e)...)
	return root
}

// run runs the command line args and returns the exit code.
func run(ctx context.Context, e env, args []string) int {
	root := newRoot(e)
	root.SetArgs(args)
	c, err := root.ExecuteContextC(ctx)
	if err == nil {
		return exitOK
	}
	var code exitCode
	if errors.As(err, &code) {
		return int(code)
	}
	// Cobra's own errors: an unknown command or flag, an invalid flag value,
	// wrong arguments.
	if c == nil {
		c = root
	}
	fmt.Fprintf(e.stderr, "%s: %v\nRun '%s --help' for usage.\n", c.CommandPath(), err, c.CommandPath())
	return exitUsage
}

// usageError ends a command with exit code 2 after saying why.
func usageError(e env, c *cobra.Command, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "%s: %s\nRun '%s --help' for usage.\n", c.CommandPath(), fmt.Sprintf(format, args...), c.CommandPath())
	return exitUsage
}

// subcommandsOnly is the body of a command that groups subcommands
// (rules, query): without one, or with an unknown one, it is a usage error.
func subcommandsOnly(e env) func(*cobra.Command, []string) error {
	return func(c *cobra.Command, args []string) error {
		var names []string
		for _, s := range c.Commands() {
			if s.IsAvailableCommand() {
				names = append(names, s.Name())
			}
		}
		if len(args) == 0 {
			return exitCode(usageError(e, c, "name a subcommand: %v", names))
		}
		return exitCode(usageError(e, c, "unknown subcommand %q (want one of %v)", args[0], names))
	}
}

// version is the module version and the VCS commit unkg was built from.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown version)"
	}
	return versionOf(bi)
}

// versionOf says the module version and the commit of build info. The
// commit is there when the binary was built in a git clone (not a git
// worktree, nor with -buildvcs=false).
func versionOf(bi *debug.BuildInfo) string {
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, when, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = ", modified"
			}
		}
	}
	if rev == "" {
		return v + " (no commit recorded)"
	}
	return fmt.Sprintf("%s (commit %s%s, %s)", v, rev, dirty, when)
}
