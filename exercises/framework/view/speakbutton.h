#pragma once

#include "exercises/framework/speech/speaker.h"

#include <QPointer>
#include <QToolButton>

namespace stages {

/// A round speaker button that reads a text aloud (an instruction, a rule) for children who
/// cannot read yet. It shows only while the speaker can speak: no engine, no voice for the
/// language, or no speaker at all, and it stays hidden. Reached by Tab and Space like any button.
class SpeakButton : public QToolButton
{
    Q_OBJECT

public:
    explicit SpeakButton(QWidget *parent = nullptr);

    /// Not owned; may be nullptr (then the button stays hidden).
    void setSpeaker(Speaker *speaker);
    Speaker *speaker() const { return m_speaker; }
    /// What a click reads; an empty text hides the button.
    void setSpeech(const QString &text);
    QString speech() const { return m_speech; }

    /// The speaker drawn in white on a blue disc, @p size px.
    static QIcon speakerIcon(int size);

private:
    void refresh();

    QPointer<Speaker> m_speaker;
    QString m_speech;
};

} // namespace stages
