package main

import (
	"github.com/petrel-events/petrel/coder"
	"github.com/petrel-events/petrel/kb"
	"github.com/petrel-events/petrel/pipeline"
	"github.com/petrel-events/petrel/stages"
)

// pipelineConfig selects the resources and filters of the default
// pipeline.
type pipelineConfig struct {
	coder coder.Config
	// petrarch, when set, replaces the knowledge base, the patterns and
	// the discard list with PETRARCH dictionaries (nil fields keep
	// petrel's own).
	petrarch *petrarchResources
	// ensemble and beam choose the parser (stages.Config).
	ensemble bool
	beam     bool
}

// stagesConfig is cfg as the stages package takes it.
func (cfg pipelineConfig) stagesConfig() stages.Config {
	sc := stages.Config{Coder: cfg.coder, Ensemble: cfg.ensemble, Beam: cfg.beam}
	if pr := cfg.petrarch; pr != nil {
		sc.KB, sc.Dictionary, sc.Discards = pr.kb, pr.dict, pr.discards
	}
	return sc
}

// loadStages loads every component of the default pipeline from the
// embedded models and dictionaries (or the PETRARCH ones of cfg).
func loadStages(cfg pipelineConfig) (*stages.Stages, error) {
	return stages.Load(cfg.stagesConfig())
}

// newPipeline builds the default pipeline (stages.Pipeline). It also
// returns the coder, for explanations.
func newPipeline(cfg pipelineConfig) (*pipeline.Pipeline, *coder.Coder, error) {
	return stages.New(cfg.stagesConfig())
}

// newRecognition loads the knowledge base and the event coder of a
// pipeline: petrel's own, or the PETRARCH dictionaries of cfg.
func newRecognition(cfg pipelineConfig) (*kb.KB, *coder.Coder, error) {
	return stages.Recognition(cfg.stagesConfig())
}
