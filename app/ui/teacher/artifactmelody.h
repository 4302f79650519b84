#pragma once

#include "core/result.h"
#include "exercises/music/melody.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace stages {

/// Reads the melody in a "melody" artifact. Same rule as `stagesctl music export-midi
/// --artifact`: the content is a stages-melody JSON object (Melody::toJson), or a "create"
/// answer that carries one under "melody".
class ArtifactMelody
{
    Q_DECLARE_TR_FUNCTIONS(stages::ArtifactMelody)

public:
    static Result<music::Melody> fromContent(const QJsonObject &content);
};

} // namespace stages
