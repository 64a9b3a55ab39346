package ferro

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
)

// The fleet epoch
//
// A connector whose listening is on (WithListen, ferro_listen=on) keeps one
// extra connection, opened with the first pooled one, on which a goroutine
// follows the schema changes that other pools publish (see conn.publish)
// and bumps the local epoch at each. When that connection breaks, it
// reconnects with backoff and bumps once more, since it may have missed a
// notification meanwhile. Closing the connector (sql.DB.Close) stops the
// goroutine and closes the connection before Close returns.

// Backoff bounds for the listener's reconnects.
const (
	listenBackoffMin = 50 * time.Millisecond
	listenBackoffMax = 5 * time.Second
)

// listener is the goroutine and connection that follow published changes.
type listener struct {
	c *connector

	// handled counts the notifications run has acted on, this pool's own
	// included, each after its bump: a test reads it to know that everything
	// published before a given notification has been counted.
	handled atomic.Uint64

	mu      sync.Mutex
	started bool
	closed  bool
	cancel  context.CancelFunc
	done    chan struct{}
}

// newOrigin returns a random name for one connector.
func newOrigin() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return hex.EncodeToString(b[:])
}

// start opens the watching connection and starts the goroutine, once. It
// runs in the caller's Connect, so a listener that cannot work (a pooler in
// transaction mode, a standby without the epoch table) fails the
// connection loudly; a failed start is tried again by the next Connect.
func (l *listener) start(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.started {
		return nil
	}
	if l.closed {
		return errors.New("ferro: connector is closed")
	}
	w, err := l.open(ctx)
	if err != nil {
		return err
	}
	lctx, cancel := context.WithCancel(context.Background())
	l.started, l.cancel, l.done = true, cancel, make(chan struct{})
	go l.run(lctx, w)
	return nil
}

// open connects through the inner connector and starts watching on it.
func (l *listener) open(ctx context.Context) (watcher, error) {
	ic, err := l.c.inner.Connect(ctx)
	if err != nil {
		return nil, err
	}
	w, err := l.c.eng.watch(ctx, ic, l.c.inner.Connect)
	if err != nil {
		ic.Close()
		return nil, err
	}
	return w, nil
}

// run follows changes until ctx is cancelled.
func (l *listener) run(ctx context.Context, w watcher) {
	defer close(l.done)
	for {
		for {
			origin, err := w.Next(ctx)
			if err != nil {
				if ctx.Err() == nil && l.c.log != nil {
					l.c.log.LogAttrs(ctx, slog.LevelWarn, "ferro: schema-change listener lost its connection; reconnecting",
						slog.String("db", l.c.name), slog.String("error", err.Error()))
				}
				break
			}
			if origin != l.c.origin {
				l.c.bump("schema change published by another pool")
			}
			l.handled.Add(1)
		}
		w.Close()
		if w = l.reconnect(ctx); w == nil {
			return
		}
		l.c.bump("schema-change listener reconnected")
	}
}

// reconnect opens a new watcher with exponential backoff; nil once ctx is
// done.
func (l *listener) reconnect(ctx context.Context) watcher {
	wait := listenBackoffMin
	for {
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
		w, err := l.open(ctx)
		if err == nil {
			return w
		}
		if ctx.Err() != nil {
			return nil
		}
		if l.c.log != nil {
			l.c.log.LogAttrs(ctx, slog.LevelWarn, "ferro: schema-change listener cannot reconnect; retrying",
				slog.String("db", l.c.name), slog.Duration("backoff", wait), slog.String("error", err.Error()))
		}
		wait = min(wait*2, listenBackoffMax)
	}
}

// close stops the goroutine and waits for it to close its connection.
func (l *listener) close() error {
	l.mu.Lock()
	l.closed = true
	cancel, done := l.cancel, l.done
	l.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
	return nil
}
