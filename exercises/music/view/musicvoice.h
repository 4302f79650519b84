#pragma once

#include "exercises/framework/exercise.h"
#include "exercises/framework/view/elementvoice.h"

#include <QPointer>

namespace stages {
class ExerciseEngine;
}

namespace stages::music {

class SoundService;

/// The voice of the music domain's arranging screens (build-all, count, find-missing ... over
/// notes and drums): a token sounds its note or drum when tapped or placed, and a row plays as a
/// little tune, each token lit when it is heard. Everything goes through the app's SoundService,
/// so it is silent (but still lights) without a SoundFont or a sound device.
class MusicVoice final : public ElementVoice
{
public:
    MusicVoice(const Exercise &exercise, const ExerciseEngine &engine, SoundService &sound);
    ~MusicVoice() override;

    void playElement(int symbol) override;
    void playRow(const QList<int> &symbols, std::function<void(int)> onStep = {}) override;
    void stop() override;

private:
    Exercise m_exercise;
    const ExerciseEngine &m_engine;
    QPointer<SoundService> m_sound;
};

} // namespace stages::music
