// SPDX-License-Identifier: MIT
#pragma once

// Everything a step or workflow file needs (Medusa's `@medusajs/framework/workflows-sdk`).
#include "medusa/workflow/flow.h"
#include "medusa/workflow/hook.h"
#include "medusa/workflow/step.h"
#include "medusa/workflow/step_context.h"
#include "medusa/workflow/step_response.h"
#include "medusa/workflow/steps/acquire_lock_step.h"
#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/steps/release_lock_step.h"
#include "medusa/workflow/workflow.h"
