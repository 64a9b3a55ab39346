package command

import (
	"fmt"

	"github.com/schollz/progressbar/v3"
)

// progress reports the steps of a long command on standard error: on a
// terminal as a spinner (or a bar when the count is known) drawn by
// schollz/progressbar and cleared when done; otherwise as plain lines, one
// per step, which logs and CI keep.
type progress struct {
	env   Env
	what  string
	bar   *progressbar.ProgressBar
	total int
	n     int
}

// newProgress starts reporting work on what; total is the number of steps
// when known, else 0 (a spinner).
func newProgress(env Env, what string) *progress {
	return newCounted(env, what, 0)
}

func newCounted(env Env, what string, total int) *progress {
	p := &progress{env: env, what: what, total: total}
	if env.Terminal {
		max := -1
		if total > 0 {
			max = total
		}
		p.bar = progressbar.NewOptions(max,
			progressbar.OptionSetWriter(env.Stderr),
			progressbar.OptionSetDescription(what),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionSetElapsedTime(true),
		)
	} else {
		fmt.Fprintf(env.Stderr, "ferro: %s\n", what)
	}
	return p
}

// step reports one step done (advancing a counted bar).
func (p *progress) step(msg string) {
	p.n++
	if p.bar != nil {
		p.bar.Describe(p.what + ": " + msg)
		if p.total > 0 {
			_ = p.bar.Add(1)
		}
		return
	}
	if p.total > 0 {
		fmt.Fprintf(p.env.Stderr, "ferro: %s: [%d/%d] %s\n", p.what, p.n, p.total, msg)
		return
	}
	fmt.Fprintf(p.env.Stderr, "ferro: %s: %s\n", p.what, msg)
}

// done clears a terminal spinner; plain output needs nothing.
func (p *progress) done() {
	if p.bar != nil {
		_ = p.bar.Finish()
		_ = p.bar.Exit()
	}
}

// note reports something that is not a counted step (a rebuilt table).
func (p *progress) note(msg string) {
	if p.bar != nil {
		_ = p.bar.Clear() // the line stays above the bar
	}
	fmt.Fprintf(p.env.Stderr, "ferro: %s: %s\n", p.what, msg)
	if p.bar != nil {
		_ = p.bar.Add(0)
	}
}
