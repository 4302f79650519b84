#pragma once

#include <QObject>
#include <QString>

namespace stages {

/// One speech engine as the Speaker uses it. It lives in the Speaker's worker thread and is
/// only called there (queued), so open() may block as long as it likes: the Speaker gives up
/// waiting after a few seconds and the screens stay silent. Tests put in fakes.
class SpeechBackend : public QObject
{
    Q_OBJECT

public:
    explicit SpeechBackend(QObject *parent = nullptr);
    ~SpeechBackend() override;

    /// Opens an engine with a voice for @p language ("cs", "en"); emits opened() or failed().
    virtual void open(const QString &language) = 0;
    /// Reads @p text aloud, cutting off what was being read.
    virtual void say(const QString &text) = 0;
    virtual void stop() = 0;

signals:
    void opened(const QString &engine, const QString &voice);
    /// The engine cannot be used (none, no voice for the language, no sound device ...).
    void failed(const QString &reason);
    void speakingChanged(bool speaking);
};

} // namespace stages
