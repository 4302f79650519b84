#include "exercises/framework/speech/speechbackend.h"

namespace stages {

SpeechBackend::SpeechBackend(QObject *parent)
    : QObject(parent)
{ }

SpeechBackend::~SpeechBackend() = default;

} // namespace stages
