package com.acme.shipping.labels;

import com.acme.carrier.rating.v2.Parcel;
import com.acme.carrier.rating.v2.RateRequest;
import com.acme.carrier.rating.v2.RateResponse;
import com.acme.carrier.rating.v2.RatingServiceGrpc;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class RateShopper {
    private final RatingServiceGrpc.RatingServiceBlockingStub ratingStub;

    public RateShopper(RatingServiceGrpc.RatingServiceBlockingStub ratingStub) {
        this.ratingStub = ratingStub;
    }

    public List<ParcelRate> cheapestRates(List<ParcelSpec> parcels) {
        List<ParcelRate> rates = new ArrayList<>();
        for (ParcelSpec spec : parcels) {
            RateRequest request = RateRequest.newBuilder().addParcels(toProto(spec)).build();
            RateResponse response = ratingStub.rate(request);
            rates.add(new ParcelRate(spec.reference(), response.getQuotes(0).getPriceCents(),
                    response.getQuotes(0).getService()));
        }
        return rates;
    }

    private static Parcel toProto(ParcelSpec spec) {
        return Parcel.newBuilder()
                .setReference(spec.reference())
                .setWeightGrams(spec.weightGrams())
                .setDestinationCountry(spec.destinationCountry())
                .build();
    }
}
