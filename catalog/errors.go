package catalog

import (
	"errors"

	"github.com/ferrosql/ferro/internal/model"
)

// ErrModel is wrapped by every error FromModels returns; test with errors.Is.
var ErrModel = errors.New("ferro/catalog: bad model")

// ErrUnknownDialect is returned (wrapped) by Inspect, InspectDialect and
// Render when the dialect cannot be determined or is not supported.
var ErrUnknownDialect = errors.New("ferro/catalog: unknown dialect")

// ModelError reports a model that cannot become a schema. It names the Go
// type, and where it applies the field and its tag. It unwraps to ErrModel
// and to the underlying cause (a model or type error), if any.
type ModelError struct {
	// Type is the Go type, e.g. "shop.Invoice".
	Type string
	// Field is the Go field path ("Base.ID"); empty for type-level problems.
	Field string
	// Tag is the field's raw `ferro` tag, if any.
	Tag string
	// Reason says what is wrong and what to do.
	Reason string
	// Err is the underlying cause, or nil.
	Err error
}

// Error implements error.
func (e *ModelError) Error() string {
	return model.FormatError("ferro/catalog", e.Type, e.Field, e.Tag, e.Reason)
}

// Unwrap returns ErrModel and the cause.
func (e *ModelError) Unwrap() []error {
	if e.Err != nil {
		return []error{ErrModel, e.Err}
	}
	return []error{ErrModel}
}
