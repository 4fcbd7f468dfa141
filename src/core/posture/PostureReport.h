#pragma once

#include "posture/PostureExplain.h"
#include "posture/PostureInputs.h"
#include "posture/PostureScore.h"
#include "posture/TopActions.h"

#include <QDate>
#include <QList>

#include <optional>

namespace mamori {

// Today's posture as the dashboard and `posture show` present it.
struct PostureReport
{
    QDate today;
    PostureInputs inputs;
    PostureScore score;
    QList<PostureAction> actions; // TopActions::rank: the ten that raise the score most
    // The score 30 and 365 days ago (the latest snapshot on or before that day), if any.
    std::optional<PostureSnapshot> monthAgo;
    std::optional<PostureSnapshot> yearAgo;
};

} // namespace mamori
