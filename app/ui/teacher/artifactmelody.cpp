#include "ui/teacher/artifactmelody.h"

#include <QJsonDocument>

namespace stages {

Result<music::Melody> ArtifactMelody::fromContent(const QJsonObject &content)
{
    const QJsonValue inner = content.value(QStringLiteral("melody"));
    const QJsonObject object = inner.isObject() ? inner.toObject() : content;
    auto melody = music::Melody::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!melody)
        return Result<music::Melody>::failure(tr("This work does not hold a melody that can be played (%1).").arg(melody.error()));
    return melody;
}

} // namespace stages
