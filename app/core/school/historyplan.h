#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace stages {

/// What a generated year of history may use: each domain's stages with real exercise ids and a
/// few sample creative pieces. Core knows nothing of exercises, so the caller (stagesctl, from
/// the exercise catalogue) fills it; HistorySeeder only draws from it.
struct HistoryPlan
{
    /// An exercise of the stage; @c answer is what a pupil who solved it gives (stored with
    /// successful attempts; null when unknown or too long to keep for every attempt).
    struct Exercise
    {
        QString id;
        QJsonValue answer;
    };

    /// A piece of creative work a pupil can make at the stage, in the shape the exercise screens
    /// store it (AttemptRecord::Artifact), so the teacher's screens open and play it.
    struct Piece
    {
        QString exerciseId;
        QString kind; ///< "arrangements", "melody", "karate"
        QString titleTemplate; ///< the title, %1 standing for the day it was made
        QJsonObject content;
        QJsonValue answer; ///< the attempt's answer
    };

    struct Stage
    {
        int stage = 1; ///< 1-based
        QList<Exercise> exercises; ///< may be empty when the stage has only creative work
        QList<Piece> pieces;
    };

    struct Domain
    {
        QString id;
        QList<Stage> stages; ///< in ladder order, lowest first
    };

    QList<Domain> domains;
    /// Comments teachers write on pieces (in the school's language).
    QStringList feedbackComments;
};

} // namespace stages
