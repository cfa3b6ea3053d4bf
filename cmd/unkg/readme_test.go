package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// readmeCommand is a command of the README's console blocks and the lines
// it is shown to print.
type readmeCommand struct {
	line int
	cmd  string
	want []string
}

// readmeCommands parses the ```console blocks of a README: "$ " lines are
// commands, the lines under one are what it prints.
func readmeCommands(t *testing.T, text string) []readmeCommand {
	var out []readmeCommand
	in := false
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "```console"):
			in = true
		case strings.HasPrefix(l, "```"):
			in = false
		case in && strings.HasPrefix(l, "$ "):
			out = append(out, readmeCommand{line: n, cmd: strings.TrimPrefix(l, "$ ")})
		case in && len(out) > 0 && strings.TrimSpace(l) != "":
			out[len(out)-1].want = append(out[len(out)-1].want, l)
		}
	}
	if len(out) < 20 {
		t.Fatalf("the README has %d commands in console blocks", len(out))
	}
	return out
}

// shown says whether a line the README shows is a line of the output:
// spaces compared collapsed, "…" standing for any text.
func shown(want string, got []string) bool {
	parts := strings.Split(strings.Join(strings.Fields(want), " "), "…")
	for _, g := range got {
		g = strings.Join(strings.Fields(g), " ")
		i, ok := 0, true
		for k, p := range parts {
			p = strings.TrimSpace(p)
			j := strings.Index(g[i:], p)
			if j < 0 || (k == 0 && !strings.HasPrefix(parts[0], " ") && j != 0 && p != "") {
				ok = false
				break
			}
			i += j + len(p)
		}
		if ok {
			return true
		}
	}
	return false
}

// cloneRepo copies the repository's files (tracked, and new ones git does
// not ignore) into a fresh folder: a clean clone, with no store and no binary.
func cloneRepo(t *testing.T) string {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("git", "-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		t.Skipf("not a git checkout (%v): the README test copies the repository's files", err)
	}
	dir := t.TempDir()
	for _, f := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
		data, err := os.ReadFile(filepath.Join(root, f))
		if os.IsNotExist(err) {
			continue // deleted in the worktree
		} else if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var reAddr = regexp.MustCompile(`--addr (\S+)`)

// TestREADME runs every command of the README's console blocks, as
// written, in order, in a clean copy of the repository (so the first ones
// build unkg and make the store), and checks that each ends with exit code
// 0 and prints the lines the README shows under it. A serve command is
// started, asked for /api/stats and stopped; its port is a free one, since
// the machine may already use the README's.
func TestREADME(t *testing.T) {
	if testing.Short() {
		t.Skip("builds unkg and runs the README")
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, link := range regexp.MustCompile(`\]\(([^)]+)\)`).FindAllStringSubmatch(string(readme), -1) {
		if strings.Contains(link[1], "://") {
			continue
		}
		if _, err := os.Stat(filepath.Join("../..", link[1])); err != nil {
			t.Errorf("README links to %s, which is not in the repository", link[1])
		}
	}
	cmds := readmeCommands(t, string(readme))
	dir := cloneRepo(t)
	env := append(os.Environ(), "PATH="+filepath.Join(dir, "bin")+string(os.PathListSeparator)+os.Getenv("PATH"), "UNKG_DB=")
	ran := 0
	defer func() { t.Logf("ran %d of the README's %d commands", ran, len(cmds)) }()
	for _, c := range cmds {
		if strings.HasPrefix(c.cmd, "unkg serve") {
			checkServe(t, dir, env, c)
			ran++
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		cmd := exec.CommandContext(ctx, "bash", "-c", c.cmd)
		cmd.Dir, cmd.Env = dir, env
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		cancel()
		if err != nil {
			t.Fatalf("README.md:%d: %s: %v\n%s", c.line, c.cmd, err, out.String())
		}
		got := strings.Split(out.String(), "\n")
		ran++
		for _, w := range c.want {
			if !shown(w, got) {
				t.Errorf("README.md:%d: %s: the output has no line %q:\n%s", c.line, c.cmd, w, out.String())
			}
		}
	}
}

func checkServe(t *testing.T, dir string, env []string, c readmeCommand) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	line := reAddr.ReplaceAllString(c.cmd, "--addr "+addr)
	cmd := exec.Command("bash", "-c", "exec "+line)
	cmd.Dir, cmd.Env = dir, env
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	sc := bufio.NewScanner(stderr)
	var first string
	if sc.Scan() {
		first = sc.Text()
	}
	go io.Copy(io.Discard, stderr)
	want := strings.ReplaceAll(strings.Join(c.want, "\n"), reAddr.FindStringSubmatch(c.cmd)[1], addr)
	if !shown(want, []string{first}) {
		t.Errorf("README.md:%d: %s says %q, want %q", c.line, line, first, want)
	}
	r, err := http.Get("http://" + addr + "/api/stats")
	if err != nil || r.StatusCode != 200 {
		t.Fatalf("README.md:%d: GET /api/stats: %v %v", c.line, err, r)
	}
	b, _ := io.ReadAll(r.Body)
	r.Body.Close()
	if !bytes.Contains(b, []byte(`"documents":43`)) {
		t.Errorf("README.md:%d: /api/stats: %s", c.line, b)
	}
}

// The README's output lines are matched with spaces collapsed and … as any text.
func TestShown(t *testing.T) {
	got := []string{"MEETING   ATTENDEE  SOURCES", "    evidence: a.txt:1-2: الاتحاد", "ingested 20 files in 0.1s: 20 new"}
	for w, ok := range map[string]bool{"MEETING ATTENDEE SOURCES": true, "evidence: a.txt:1-2: الاتحاد": true, "ingested 20 files in …": true,
		"ingested … new": true, "ATTENDEE SOURCES": false, "ingested 21 files in …": false, "… 20 new": true, "evidence: b.txt": false} {
		if shown(w, got) != ok {
			t.Errorf("shown(%q) = %v", w, !ok)
		}
	}
}
